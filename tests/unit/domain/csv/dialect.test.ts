import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { guessDialect } from '@/domain/csv/dialect'

const SEED = 4180

/** PapaParse's guess, as the import worker used to ask for it. */
function papaGuess(text: string) {
  const { meta } = Papa.parse<string[]>(text, { preview: 50, delimitersToGuess: [',', '\t', ';', '|'] })
  return { delimiter: meta.delimiter || ',', newline: meta.linebreak }
}

const piece = fc.constantFrom('"', ',', '\t', ';', '|', '\n', '\r', '\r\n', ' ', 'a', '衡阳市', '；', '"x,y"', '"p\nq"')
const anyText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

// Tables as offices save them: one delimiter and one line break, cells quoted or not.
const tableText = fc
  .record({
    delimiter: fc.constantFrom(',', '\t', ';', '|'),
    newline: fc.constantFrom('\n', '\r', '\r\n'),
    width: fc.integer({ min: 1, max: 6 }),
    rows: fc.integer({ min: 1, max: 14 }),
    cells: fc.array(fc.constantFrom('衡阳市', '5183', '"a,b"', '"c;d"', '"e\nf"', '', '专利；商标', 'x|y'), {
      minLength: 84,
      maxLength: 84,
    }),
  })
  .map(({ delimiter, newline, width, rows, cells }) =>
    Array.from({ length: rows }, (_, r) => cells.slice(r * width, r * width + width).join(delimiter)).join(newline),
  )

describe('guessDialect', () => {
  it('guesses the delimiter and line break PapaParse guesses, on tables and on any text', () => {
    fc.assert(
      fc.property(fc.oneof(tableText, anyText), (text) => {
        expect(guessDialect(text)).toEqual(papaGuess(text))
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it.each([
    ['地区,值\n衡阳市,5183\n', ',', '\n'],
    ['地区\t值\r\n衡阳市\t5183\r\n衡南县\t1200\r\n衡东县\t900', '\t', '\r\n'],
    ['地区;值;备注\r衡阳市;5,183;"a;b"\r', ';', '\r'],
    ['"申请人","地址"\r\n"甲公司；乙大学","湖南省衡阳市\n蒸湘区"\r\n', ',', '\r\n'],
    ['one column\nno delimiter\n', ',', '\n'],
  ])('%j: %j and %j', (text, delimiter, newline) => {
    expect(guessDialect(text)).toEqual({ delimiter, newline })
    expect(papaGuess(text)).toEqual({ delimiter, newline })
  })
})
