import { describe, expect, it } from 'vitest'
import { findPeriodHint, parsePeriodText } from '@/domain/import/header/periodText'
import { formatPeriod } from '@/domain/period'

describe('parsePeriodText', () => {
  it.each([
    ['2022', '2022'],
    ['2022年', '2022'],
    ['2022年度', '2022'],
    ['2022年末', '2022'],
    ['２０２２年', '2022'],
    ['2023-08', '2023-08'],
    ['2023.8', '2023-08'],
    ['2023/08', '2023-08'],
    ['2023年8月', '2023-08'],
    ['2023年1-8月', '2023-01..08'],
    ['2023年1—8月', '2023-01..08'],
    ['2023年1月至8月', '2023-01..08'],
    ['2023-01..08', '2023-01..08'],
  ])('%j → %s', (text, key) => {
    const p = parsePeriodText(text)
    expect(p && formatPeriod(p)).toBe(key)
  })

  it.each(['2023年13月', '2023年8-1月', '22年', '八月', '', '专利授权量'])('%j is not a period', (text) => {
    expect(parsePeriodText(text)).toBeNull()
  })

  it('finds periods inside titles, file names and header remarks', () => {
    expect(findPeriodHint('2023年8月湖南省专利授权量统计表')).toEqual({ year: 2023, month: 8 })
    expect(findPeriodHint('hunan-valid-invention-patents-2025-07.csv')).toEqual({ year: 2025, month: 7 })
    expect(findPeriodHint('(1-8月)')).toEqual({ from: 1, to: 8 })
    expect(findPeriodHint('衡阳市2022年知识产权统计')).toEqual({ year: 2022 })
  })
})
