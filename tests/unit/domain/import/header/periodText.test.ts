import { describe, expect, it } from 'vitest'
import { findPeriodHint, parsePeriodText, splitLabelPeriod } from '@/domain/import/header/periodText'
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

describe('parts of a year', () => {
  it.each([
    ['2023年上半年', '2023-01..06'],
    ['2023年下半年', '2023-07..12'],
    ['2023年前三季度', '2023-01..09'],
    ['2023年一季度', '2023-01..03'],
    ['2023年第四季度', '2023-10..12'],
  ])('%j → %s', (text, key) => {
    const p = parsePeriodText(text)
    expect(p && formatPeriod(p)).toBe(key)
  })
})

describe('splitLabelPeriod', () => {
  it.each([
    ['2023年专利授权量', '专利授权量', '2023', false],
    ['2023年1-8月发明专利授权量', '发明专利授权量', '2023-01..08', false],
    ['2023年1—8月发明专利授权量', '发明专利授权量', '2023-01..08', false],
    ['2023年1月至8月专利授权量', '专利授权量', '2023-01..08', false],
    ['截至2025年7月有效发明专利量', '有效发明专利量', '2025-07', true],
    ['截至2024年底有效发明专利量', '有效发明专利量', '2024', true],
    ['2023年8月底有效发明专利量', '有效发明专利量', '2023-08', false],
    ['2022年 每万人口有效发明专利拥有量', '每万人口有效发明专利拥有量', '2022', false],
    ['2024年末有效注册商标量', '有效注册商标量', '2024', false],
    ['专利授权量2023年', '专利授权量', '2023', false],
    ['2023年-专利授权量', '专利授权量', '2023', false],
    ['专利授权量-2023年', '专利授权量', '2023', false],
  ])('%j → %j of %s', (label, name, key, asOf) => {
    const split = splitLabelPeriod(label)
    expect([split.name, split.period?.key, split.period?.asOf]).toEqual([name, key, asOf])
  })

  it.each(['2020年11月', '2023年1-8月', '专利授权量', '当年授权量'])('%j names no period besides a name', (label) => {
    expect(splitLabelPeriod(label)).toEqual({ name: label })
  })
})
