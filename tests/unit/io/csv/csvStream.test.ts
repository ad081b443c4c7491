import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '@/domain/import/limits'
import { CsvRowStream } from '@/io/csv/csvStream'

const SEED = 4180

/** The stream as it was built on PapaParse: what the import worker read before, row for row. */
class PapaRowStream {
  delimiter = ''
  linebreak: '\n' | '\r' | '\r\n' = '\n'
  unclosedQuoteRow: number | null = null
  tooLongRow: number | null = null
  private buffer = ''
  private rows = 0
  constructor(private readonly onRows: (rows: string[][], firstIndex: number) => void) {}
  push(text: string) {
    if (this.tooLongRow !== null) return
    this.buffer += text
    if (!this.delimiter && this.buffer.length < 16 * 1024) return
    if (this.delimiter && !text.includes('\n') && !text.includes('\r')) this.checkLength()
    else {
      this.parse(false)
      this.checkLength()
    }
  }
  end() {
    if (this.tooLongRow === null) this.parse(true)
  }
  private checkLength() {
    if (this.buffer.length <= LIMITS.lineChars) return
    this.tooLongRow = this.rows + 1
    this.buffer = ''
  }
  private parse(last: boolean) {
    if (!this.buffer) return
    if (!this.delimiter) {
      const guess = Papa.parse<string[]>(this.buffer.slice(0, 64 * 1024), {
        preview: 50,
        delimitersToGuess: [',', '\t', ';', '|'],
      })
      this.delimiter = guess.meta.delimiter || ','
      const lb = guess.meta.linebreak
      this.linebreak = lb === '\r\n' || lb === '\r' ? lb : '\n'
    }
    const parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.linebreak, quoteChar: '"' })
    const result = parser.parse(this.buffer, 0, !last) as Papa.ParseResult<string[]> & { meta: { cursor: number } }
    const missing = last ? result.errors.find((e) => e.code === 'MissingQuotes') : undefined
    if (missing) this.unclosedQuoteRow = this.rows + (missing.row ?? 0) + 1
    this.buffer = last ? '' : this.buffer.slice(result.meta.cursor)
    if (result.data.length) {
      this.onRows(result.data, this.rows)
      this.rows += result.data.length
    }
  }
}

function streamed(text: string, cuts: number[], Stream: typeof CsvRowStream | typeof PapaRowStream) {
  // Batches may differ in size: the rows, numbered from 0 as they come, may not.
  const rows: string[][] = []
  const stream = new Stream((batch, first) => {
    expect(first).toBe(rows.length)
    rows.push(...batch)
  })
  let from = 0
  for (const cut of [...cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b), text.length]) {
    stream.push(text.slice(from, Math.max(from, cut)))
    from = Math.max(from, cut)
  }
  stream.end()
  const delimiter = stream instanceof CsvRowStream ? stream.dialect?.delimiter : stream.delimiter
  return { rows, delimiter, unclosedQuoteRow: stream.unclosedQuoteRow, tooLongRow: stream.tooLongRow }
}

// Rows of a patent list or a table of figures, some quoted with line breaks inside, some malformed.
const line = fc.constantFrom(
  '"CN202310000001.X","一种装置，包括：\n壳体；","湖南省衡阳市蒸湘区"',
  'CN202320000002.3,实用新型,衡阳县',
  '衡阳市;2024-01;patent_grants;5183',
  '衡阳市\t2024\t5183',
  '"a""b",c|d',
  '',
  '"never closed,x',
  '"x" ,y',
)
const text = fc
  .record({
    lines: fc.array(line, { minLength: 1, maxLength: 30 }),
    newline: fc.constantFrom('\n', '\r', '\r\n'),
    repeat: fc.constantFrom(1, 1, 120),
    trailing: fc.boolean(),
  })
  .map(({ lines, newline, repeat, trailing }) => {
    const body = lines.join(newline)
    return Array.from({ length: repeat }, () => body).join(newline) + (trailing ? newline : '')
  })

describe('CsvRowStream', () => {
  it('gives the rows, delimiter and unclosed quote that the stream on PapaParse gave, however the text is cut', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (t, cuts) => {
        expect(streamed(t, cuts, CsvRowStream)).toEqual(streamed(t, cuts, PapaRowStream))
      }),
      { seed: SEED, numRuns: 100 },
    )
  })
})
