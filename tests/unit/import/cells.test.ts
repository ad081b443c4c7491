import { describe, expect, it } from 'vitest'
import { parseCellValue } from '../../../src/domain/import/value'
import { findPeriodHint, parsePeriodText } from '../../../src/domain/import/periodText'
import { parseHeader } from '../../../src/domain/import/header'
import { formatPeriod } from '../../../src/domain/period'

describe('parseCellValue', () => {
  it.each([
    ['5183', 5183],
    ['5,183', 5183],
    ['１，０４８，１００', 1048100],
    ['５１８３', 5183],
    ['16.2万', 162000],
    ['104.81万件', 1048100],
    ['10.53万', 105300],
    ['1.2亿', 120000000],
    ['4.8件/万人', 4.8],
    ['5183件', 5183],
    [' 42 ', 42],
    ['(123)', -123],
    ['-0.5', -0.5],
  ])('%j → %d', (text, value) => {
    expect(parseCellValue(text)).toEqual({ kind: 'number', value, percent: false })
  })

  it('reads a percentage as the number before the sign, marked as a percentage', () => {
    expect(parseCellValue('12.5%')).toEqual({ kind: 'number', value: 12.5, percent: true })
    expect(parseCellValue('１２．５％')).toEqual({ kind: 'number', value: 12.5, percent: true })
  })

  it.each(['', ' ', '-', '—', '－', '--', '…', 'N/A', '无'])('%j is no value', (text) => {
    expect(parseCellValue(text)).toEqual({ kind: 'blank' })
  })

  it.each(['四十二', '5.1.2', '1e3', '0x10', 'abc', '12,34', '5183 件 左右'])('%j is not a number', (text) => {
    expect(parseCellValue(text)).toEqual({ kind: 'invalid' })
  })
})

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

describe('parseHeader', () => {
  it.each([
    ['专利授权量（件）', '专利授权量', '件'],
    ['有效注册商标(万件)', '有效注册商标', '万件'],
    ['常住人口(万人)', '常住人口', '万人'],
    ['专利密度(件/万人)', '专利密度', '件/万人'],
    ['增长率(%)', '增长率', '%'],
    ['当年授权量(1-8月)', '当年授权量', ''],
  ])('%j → name %j, unit %j', (text, name, unit) => {
    expect(parseHeader(text)).toMatchObject({ name, unit })
  })

  it('keeps the months a header names', () => {
    expect(parseHeader('当年授权量(1-8月)').hint).toEqual({ from: 1, to: 8 })
    expect(parseHeader('当月授权量（8月）').hint).toEqual({ from: 8, to: 8 })
  })
})
