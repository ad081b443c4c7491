import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { tokenizeCsv, type CsvDialect } from '@/domain/csv/tokenizer'

const DELIMITERS = [',', '\t', ';', '|'] as const
const NEWLINES = ['\n', '\r', '\r\n'] as const
const DIALECTS: CsvDialect[] = DELIMITERS.flatMap((delimiter) => NEWLINES.map((newline) => ({ delimiter, newline })))
// Fixed, so that a run in CI tries the same thousands of texts as the run before it.
const SEED = 4180
const RUNS = 1000

/** What PapaParse's own parser reads from the text: the reference the tokenizer keeps to. */
function papa(text: string, dialect: CsvDialect, last: boolean) {
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' })
  const result = parser.parse(text, 0, !last) as Papa.ParseResult<string[]> & { meta: { cursor: number } }
  const missing = result.errors.find((e) => e.code === 'MissingQuotes')
  return { rows: result.data, cursor: result.meta.cursor, unclosedQuote: missing?.row ?? -1 }
}

// Text made of what CSV treats specially (quotes, every delimiter, every line break, white space
// between a quote and a delimiter) and of plain and Chinese text, in any order: mostly malformed.
const piece = fc.constantFrom(
  '"',
  '""',
  ',',
  '\t',
  ';',
  '|',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u3000',
  '\u00a0',
  'a',
  'bc',
  '衡阳市',
  '；',
  '专利',
  '"x"',
)
const anyText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''))

// Well-formed tables: every cell quoted where it must be, ragged rows, blank rows.
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '衡阳市',
    '"',
    '""',
    ',',
    ';',
    '\t',
    '|',
    '\n',
    '\r\n',
    '\r',
    'a,"b"',
    ' 5183 ',
    '发明专利；实用新型',
  ),
)
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 10 })

function write(rows: string[][], { delimiter, newline }: CsvDialect, quoteAll: boolean, trailing: boolean): string {
  const needs = new RegExp(`["\\r\\n${delimiter === '|' ? '\\|' : delimiter}]`)
  const field = (v: string) => (quoteAll || needs.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
  return rows.map((r) => r.map(field).join(delimiter)).join(newline) + (trailing ? newline : '')
}

describe('tokenizeCsv', () => {
  it('reads any text as PapaParse does, whole or with its last row held back', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DIALECTS), fc.boolean(), (text, dialect, last) => {
        expect(tokenizeCsv(text, dialect, last)).toEqual(papa(text, dialect, last))
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  it('reads back every well-formed table cell for cell, quoted or not, as PapaParse does', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(...DIALECTS),
        fc.boolean(),
        fc.boolean(),
        (rows, dialect, quoteAll, trailing) => {
          const text = write(rows, dialect, quoteAll, trailing)
          const read = tokenizeCsv(text, dialect, true)
          expect(read).toEqual(papa(text, dialect, true))
          // A final line break adds a row of one empty field.
          expect(read.rows).toEqual(trailing ? [...rows, ['']] : rows)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })

  it('reads the same rows from a text cut anywhere, the rest read again from the cursor', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...DIALECTS), fc.nat(), (rows, dialect, cutAt) => {
        const text = write(rows, dialect, false, false)
        const cut = cutAt % (text.length + 1)
        const first = tokenizeCsv(text.slice(0, cut), dialect, false)
        const rest = tokenizeCsv(text.slice(first.cursor), dialect, true)
        expect([...first.rows, ...rest.rows]).toEqual(tokenizeCsv(text, dialect, true).rows)
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })

  const comma: CsvDialect = { delimiter: ',', newline: '\n' }
  const crlf: CsvDialect = { delimiter: ',', newline: '\r\n' }
  it.each<[string, CsvDialect, string[][]]>([
    ['', comma, []],
    ['a,b', comma, [['a', 'b']]],
    ['a,b\n', comma, [['a', 'b'], ['']]],
    ['a\n\nb,c,d\ne', comma, [['a'], [''], ['b', 'c', 'd'], ['e']]],
    [
      '"a,b","c""d"\n"e\nf",g',
      comma,
      [
        ['a,b', 'c"d'],
        ['e\nf', 'g'],
      ],
    ],
    [
      '"申请号","摘要"\r\n"CN1","一种装置，包括：\r\n壳体；"\r\n',
      crlf,
      [['申请号', '摘要'], ['CN1', '一种装置，包括：\r\n壳体；'], ['']],
    ],
    ['a\r\nb\nc\r\n', crlf, [['a'], ['b\nc'], ['']]],
    ['"a"  ,b', comma, [['a', 'b']]],
    ['"a" x,b', comma, [['a" x,b']]],
    ['a"b,c', comma, [['a"b', 'c']]],
    ['x,"never closed\nstill', comma, [['x', 'never closed\nstill']]],
    ['"a""', comma, [['a""']]],
    ['"a"""', comma, [['a"']]],
    ['a,', comma, [['a', '']]],
    ['"",""', comma, [['', '']]],
  ])('%j read with %j → %j, as PapaParse reads it', (text, dialect, rows) => {
    expect(tokenizeCsv(text, dialect, true).rows).toEqual(rows)
    expect(tokenizeCsv(text, dialect, true)).toEqual(papa(text, dialect, true))
  })

  it('holds back the row the text ends in, and names the row a quote never closes', () => {
    expect(tokenizeCsv('a,b\nc,"d', comma, false)).toEqual({ rows: [['a', 'b']], cursor: 4, unclosedQuote: -1 })
    expect(tokenizeCsv('a,b\nc,"d', comma, true)).toEqual({
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      cursor: 8,
      unclosedQuote: 1,
    })
  })
})
