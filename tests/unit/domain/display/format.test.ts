import { describe, it, expect } from 'vitest'
import {
  formatDate,
  formatMultiple,
  formatNumber,
  formatPercentChange,
  formatPeriodLabel,
  formatExactQuantity,
  formatQuantity,
  formatYearSpan,
  formatShare,
} from '@/domain/display/format'
import { parsePeriod, type Period } from '@/domain/period'

function p(text: string): Period {
  const parsed = parsePeriod(text)
  if (!parsed) throw new Error(text)
  return parsed
}

describe('formatNumber in Chinese', () => {
  it.each([
    // Below 100,000 in full, without grouping.
    [59590, '59590'],
    [5183, '5183'],
    [42, '42'],
    [0, '0'],
    [99999, '99999'],
    // Up to two decimals, trailing zeros dropped.
    [4.8, '4.8'],
    [2.6, '2.6'],
    [7.084, '7.08'],
    [643.43, '643.43'],
    [100, '100'],
    [1230, '1230'],
    // 万 from 100,000, as the province writes 104.81万 and 16.2万.
    [1048100, '104.81万'],
    [162000, '16.2万'],
    [100000, '10万'],
    [129829, '12.98万'],
    [105300, '10.53万'],
    // 亿 from 100,000,000.
    [1e8, '1亿'],
    [123450000, '1.23亿'],
    [99990000, '9999万'],
    // The sign of a negative figure is kept.
    [-162000, '-16.2万'],
    [-42, '-42'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value, 'zh')).toBe(text)
  })
})

describe('formatNumber in English', () => {
  it.each([
    // Thousands grouped.
    [59590, '59,590'],
    [162000, '162,000'],
    [4.8, '4.8'],
    [7.084, '7.08'],
    // Million and billion from a million.
    [1048100, '1.05 million'],
    [1e6, '1 million'],
    [6434300, '6.43 million'],
    [2.5e9, '2.5 billion'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value, 'en')).toBe(text)
  })
})

describe('formatQuantity', () => {
  it.each([
    // The Chinese unit appended.
    [5183, '件', 'zh', '5183件'],
    [1048100, '件', 'zh', '104.81万件'],
    [4.8, '件/万人', 'zh', '4.8件/万人'],
    [643.43, '万人', 'zh', '643.43万人'],
    // Units translated in English.
    [4.8, '件/万人', 'en', '4.8 per 10k people'],
    [5183, '件', 'en', '5,183'],
    [643.43, '万人', 'en', '6.43 million people'],
    [73.5, '万人', 'en', '735,000 people'],
    // The pilot plan's units: a share, money in 亿元, a count of zones.
    [83.41, '%', 'zh', '83.41%'],
    [83.41, '%', 'en', '83.41%'],
    [80, '亿元', 'zh', '80亿元'],
    [80, '亿元', 'en', '8 billion yuan'],
    [2, '个', 'zh', '2个'],
    [2, '个', 'en', '2'],
    // An unknown unit kept as it is.
    [3, '项', 'en', '3 项'],
  ] as const)('%d %s in %s → %s', (value, unit, lang, text) => {
    expect(formatQuantity(value, unit, lang)).toBe(text)
  })
})

describe('formatExactQuantity', () => {
  it.each([
    [730.06, '万人', 'zh', '730.06万人'],
    [730.06, '万人', 'en', '7.3006 million people'],
    [1048100, '件', 'zh', '104.81万件'],
    [5183, '件', 'en', '5,183'],
  ] as const)('%d %s in %s → %s', (value, unit, lang, text) => {
    expect(formatExactQuantity(value, unit, lang)).toBe(text)
  })
})

describe('formatYearSpan', () => {
  it.each([
    [2020, 2021, 'zh', '2020—2021'],
    [2020, 2021, 'en', '2020–2021'],
    [2025, 2025, 'zh', '2025'],
  ] as const)('%d to %d in %s → %s', (from, to, lang, text) => {
    expect(formatYearSpan(from, to, lang)).toBe(text)
  })
})

describe('formatPercentChange', () => {
  it.each([
    // A rise and a fall signed, to one decimal.
    [0.435, '+43.5%'],
    [(4558 - 3176) / 3176, '+43.5%'],
    [-0.021, '−2.1%'],
    [0.05, '+5%'],
    // 0% for no change or a change too small to show.
    [0, '0%'],
    [0.0004, '0%'],
    [-0.0004, '0%'],
    // No decimals from 100%, and the zeros of round percentages kept.
    [1, '+100%'],
    [1.1, '+110%'],
    [2, '+200%'],
    [-1, '−100%'],
    [1.234, '+123%'],
    [0.1, '+10%'],
  ])('%d → %s', (change, text) => {
    expect(formatPercentChange(change)).toBe(text)
  })
})

describe('formatShare and formatMultiple', () => {
  it('writes a share as a percentage to one decimal', () => {
    expect(formatShare(4387 / 4558)).toBe('96.2%')
    expect(formatShare(171 / 4558)).toBe('3.8%')
    expect(formatShare(0.5)).toBe('50%')
    expect(formatShare(1)).toBe('100%')
    expect(formatShare(0)).toBe('0%')
  })

  it('writes a multiple with two decimals', () => {
    expect(formatMultiple(3176 / 1623)).toBe('×1.96')
    expect(formatMultiple(2)).toBe('×2.00')
  })
})

describe('formatPeriodLabel', () => {
  it.each([
    // A year as a flow total or a stock at year end.
    ['2022', 'flow', 'zh', '2022年'],
    ['2022', 'stock', 'zh', '2022年末'],
    ['2022', 'ratio', 'zh', '2022年末'],
    ['2022', 'flow', 'en', '2022'],
    ['2022', 'stock', 'en', 'end of 2022'],
    // A month as a level "as of" its end.
    ['2025-07', 'stock', 'zh', '截至2025年7月'],
    ['2025-07', 'stock', 'en', 'as of Jul 2025'],
    ['2020-11', 'ratio', 'en', 'as of Nov 2020'],
    ['2023-08', 'flow', 'zh', '2023年8月'],
    ['2023-08', 'flow', 'en', 'Aug 2023'],
    // A span of months, and a single-month span as that month.
    ['2023-01..08', 'flow', 'zh', '2023年1—8月'],
    ['2023-01..08', 'flow', 'en', 'Jan–Aug 2023'],
    ['2023-08..08', 'flow', 'zh', '2023年8月'],
    ['2023-08..08', 'flow', 'en', 'Aug 2023'],
  ] as const)('%s as a %s in %s → %s', (text, kind, lang, label) => {
    expect(formatPeriodLabel(p(text), kind, lang)).toBe(label)
  })

  it.each([
    ['2024-07', 'stock', 'zh', '2024年7月末'],
    ['2024-07', 'stock', 'en', 'end of Jul 2024'],
    ['2022', 'stock', 'zh', '2022年末'],
    ['2023-08', 'flow', 'zh', '2023年8月'],
  ] as const)('labels %s (a %s, in %s) in the "at" style, for "compared with …": %s', (text, kind, lang, label) => {
    expect(formatPeriodLabel(p(text), kind, lang, 'at')).toBe(label)
  })
})

describe('formatDate', () => {
  it('writes a bulletin date in each language', () => {
    expect(formatDate('2023-04-20', 'zh')).toBe('2023年4月20日')
    expect(formatDate('2023-04-20', 'en')).toBe('20 Apr 2023')
    expect(formatDate('2023-06-19', 'en')).toBe('19 Jun 2023')
  })

  it('leaves text that is not a date alone', () => {
    expect(formatDate('2023年4月', 'zh')).toBe('2023年4月')
    expect(formatDate('', 'en')).toBe('')
  })
})
