import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { parseCsvRows } from '@/domain/csv/csv'
import { toCsv, toExcelCsv } from '@/io/csv/csvWrite'

// Cells with what CSV must quote: commas, quotes, line breaks of every kind, and Chinese text.
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', '衡阳市', '"', '""', ',', '\n', '\r\n', '\r', 'a,"b"', ' 5183 ', '=1+1'),
)
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 })

// PapaParse is told the delimiter: left to guess, it read a file whose one cell is "|" as two columns.
describe('parseCsvRows', () => {
  it('reads back every table the app writes, as PapaParse reads it', () => {
    fc.assert(
      fc.property(table, (rows) => {
        for (const text of [toCsv(rows), toExcelCsv(rows)]) {
          expect(parseCsvRows(text)).toEqual(Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',' }).data)
        }
        // What the server stores is read back cell for cell (the trailing line break is a blank row).
        expect(parseCsvRows(toCsv(rows)).slice(0, -1)).toEqual(rows.map((r) => r.map(String)))
      }),
    )
  })

  it.each([
    ['', []],
    ['a,b', [['a', 'b']]],
    ['a,b\n', [['a', 'b'], ['']]],
    ['a\n\n\nb', [['a'], [''], [''], ['b']]],
    ['\uFEFF地区,值\r\n衡阳市,5183\r\n', [['地区', '值'], ['衡阳市', '5183'], ['']]],
    [
      '"a,b",c\n1,2',
      [
        ['a,b', 'c'],
        ['1', '2'],
      ],
    ],
    ['x,"never closed\nstill', [['x', 'never closed\nstill']]],
    ['a"b,c', [['a"b', 'c']]],
    ['|\n', [['|'], ['']]],
  ])('%j → %j, as PapaParse reads it', (text, rows) => {
    expect(parseCsvRows(text)).toEqual(rows)
    expect(parseCsvRows(text)).toEqual(Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',' }).data)
  })
})
