import Papa from 'papaparse'
import { LIMITS } from '@/domain/import/limits'

const DELIMITERS = [',', '\t', ';', '|']
// Enough text to guess the delimiter and line break from several whole rows.
const GUESS_AT = 16 * 1024

/**
 * Splits streamed text into CSV rows with PapaParse's parser: quotes, CRLF, and a row cut at a
 * chunk boundary is held back until the rest of it arrives. The delimiter is sniffed from the
 * first rows (comma, tab, semicolon, pipe).
 */
export class CsvRowStream {
  delimiter = ''
  linebreak: '\n' | '\r' | '\r\n' = '\n'
  /** A quote opened and never closed: the 1-based row where the rest of the file was swallowed. */
  unclosedQuoteRow: number | null = null
  /** A row longer than the importer reads: its 1-based row number; nothing more is parsed. */
  tooLongRow: number | null = null
  private buffer = ''
  private rows = 0

  constructor(private readonly onRows: (rows: string[][], firstIndex: number) => void) {}

  push(text: string) {
    if (this.tooLongRow !== null) return
    this.buffer += text
    if (!this.delimiter && this.buffer.length < GUESS_AT) return
    // A row held back ends only at a line break: text without one waits, instead of the growing
    // row being parsed again at every chunk (quadratic on a file of one huge line).
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
      const guess = Papa.parse<string[]>(this.buffer.slice(0, GUESS_AT * 4), {
        preview: 50,
        delimitersToGuess: DELIMITERS,
      })
      this.delimiter = guess.meta.delimiter || ','
      const lb = guess.meta.linebreak
      this.linebreak = lb === '\r\n' || lb === '\r' ? lb : '\n'
    }
    const parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.linebreak, quoteChar: '"' })
    const result = parser.parse(this.buffer, 0, !last) as Papa.ParseResult<string[]> & { meta: { cursor: number } }
    if (last && result.errors.some((e) => e.code === 'MissingQuotes')) {
      const e = result.errors.find((x) => x.code === 'MissingQuotes')
      this.unclosedQuoteRow = this.rows + (e?.row ?? 0) + 1
    }
    const rows = result.data
    this.buffer = last ? '' : this.buffer.slice(result.meta.cursor)
    if (rows.length) {
      this.onRows(rows, this.rows)
      this.rows += rows.length
    }
  }
}
