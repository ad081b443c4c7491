import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { neutraliseCell, restoreCell } from '@/domain/csv/formulaCell'

describe('cells a spreadsheet would run', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-', "'-"],
    ['-1e3', "'-1e3"],
    ["'=x", "''=x"],
    ["''+x", "'''+x"],
  ])('neutralises %j as %j', (text, cell) => {
    expect(neutraliseCell(text)).toBe(cell)
    expect(restoreCell(cell)).toBe(text)
  })

  it.each([['-5'], ['-0.3'], ['5183'], ['0.25'], ['衡阳市'], ["'quoted"], ['a=b'], ['']])(
    'leaves %j as it is: a plain number, or text no spreadsheet runs',
    (text) => {
      expect(neutraliseCell(text)).toBe(text)
      expect(restoreCell(text)).toBe(text)
    },
  )

  it('reads back every text it writes', () => {
    const start = fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', '-1', 'x')
    fc.assert(
      fc.property(start, fc.string(), (head, tail) => {
        const text = head + tail
        expect(restoreCell(neutraliseCell(text))).toBe(text)
      }),
    )
  })
})
