import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { toExcelCsv } from '@/io/csv/csvWrite'

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte-order mark so Excel opens Chinese correctly', () => {
    const csv = toExcelCsv([['地区'], ['衡阳市']])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1)).toBe('地区\r\n衡阳市')
  })

  it.each(['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)'])(
    'neutralises a cell starting like a formula: %s',
    (cell) => {
      const csv = toExcelCsv([['note'], [cell]])
      const back = Papa.parse<string[]>(csv.slice(1)).data[1]?.[0]
      expect(back).toBe(`'${cell}`)
    },
  )

  it('keeps negative numbers as numbers', () => {
    expect(toExcelCsv([['v'], [-0.5]]).slice(1)).toBe('v\r\n-0.5')
  })
})

describe('CSV for Excel, neutralised as the published files are', () => {
  it('keeps a figure written as text a number, and gives a hand-quoted formula one more quote', () => {
    expect(
      toExcelCsv([
        ['v', 'note'],
        ['-5', "'=x"],
        ['-0.3', '-'],
      ]).slice(1),
    ).toBe("v,note\r\n-5,''=x\r\n-0.3,'-")
  })
})
