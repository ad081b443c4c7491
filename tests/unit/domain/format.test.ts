import { describe, it, expect } from 'vitest'
import {
  formatDate,
  formatMultiple,
  formatNumber,
  formatPercentChange,
  formatPeriodLabel,
  formatQuantity,
  formatShare,
} from '@/domain/format'
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
  it('appends the Chinese unit', () => {
    expect(formatQuantity(5183, '件', 'zh')).toBe('5183件')
    expect(formatQuantity(1048100, '件', 'zh')).toBe('104.81万件')
    expect(formatQuantity(4.8, '件/万人', 'zh')).toBe('4.8件/万人')
    expect(formatQuantity(643.43, '万人', 'zh')).toBe('643.43万人')
  })

  it('translates units in English', () => {
    expect(formatQuantity(4.8, '件/万人', 'en')).toBe('4.8 per 10k people')
    expect(formatQuantity(5183, '件', 'en')).toBe('5,183')
    expect(formatQuantity(643.43, '万人', 'en')).toBe('6.43 million people')
    expect(formatQuantity(73.5, '万人', 'en')).toBe('735,000 people')
  })

  it('keeps an unknown unit as it is', () => {
    expect(formatQuantity(3, '项', 'en')).toBe('3 项')
  })
})

describe('formatPercentChange', () => {
  it('signs a rise and a fall, to one decimal', () => {
    expect(formatPercentChange(0.435)).toBe('+43.5%')
    expect(formatPercentChange((4558 - 3176) / 3176)).toBe('+43.5%')
    expect(formatPercentChange(-0.021)).toBe('−2.1%')
    expect(formatPercentChange(0.05)).toBe('+5%')
  })

  it('says 0% for no change or a change too small to show', () => {
    expect(formatPercentChange(0)).toBe('0%')
    expect(formatPercentChange(0.0004)).toBe('0%')
    expect(formatPercentChange(-0.0004)).toBe('0%')
  })

  it('drops decimals from 100% and keeps the zeros of round percentages', () => {
    expect(formatPercentChange(1)).toBe('+100%')
    expect(formatPercentChange(1.1)).toBe('+110%')
    expect(formatPercentChange(2)).toBe('+200%')
    expect(formatPercentChange(-1)).toBe('−100%')
    expect(formatPercentChange(1.234)).toBe('+123%')
    expect(formatPercentChange(0.1)).toBe('+10%')
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
  it('labels a year as a flow total or a stock at year end', () => {
    expect(formatPeriodLabel(p('2022'), 'flow', 'zh')).toBe('2022年')
    expect(formatPeriodLabel(p('2022'), 'stock', 'zh')).toBe('2022年末')
    expect(formatPeriodLabel(p('2022'), 'ratio', 'zh')).toBe('2022年末')
    expect(formatPeriodLabel(p('2022'), 'flow', 'en')).toBe('2022')
    expect(formatPeriodLabel(p('2022'), 'stock', 'en')).toBe('end of 2022')
  })

  it('labels a month as a level "as of" its end', () => {
    expect(formatPeriodLabel(p('2025-07'), 'stock', 'zh')).toBe('截至2025年7月')
    expect(formatPeriodLabel(p('2025-07'), 'stock', 'en')).toBe('as of Jul 2025')
    expect(formatPeriodLabel(p('2020-11'), 'ratio', 'en')).toBe('as of Nov 2020')
    expect(formatPeriodLabel(p('2023-08'), 'flow', 'zh')).toBe('2023年8月')
    expect(formatPeriodLabel(p('2023-08'), 'flow', 'en')).toBe('Aug 2023')
  })

  it('labels a level at a month\'s end in the "at" style, for "compared with …"', () => {
    expect(formatPeriodLabel(p('2024-07'), 'stock', 'zh', 'at')).toBe('2024年7月末')
    expect(formatPeriodLabel(p('2024-07'), 'stock', 'en', 'at')).toBe('end of Jul 2024')
    expect(formatPeriodLabel(p('2022'), 'stock', 'zh', 'at')).toBe('2022年末')
    expect(formatPeriodLabel(p('2023-08'), 'flow', 'zh', 'at')).toBe('2023年8月')
  })

  it('labels a span of months, and a single-month span as that month', () => {
    expect(formatPeriodLabel(p('2023-01..08'), 'flow', 'zh')).toBe('2023年1—8月')
    expect(formatPeriodLabel(p('2023-01..08'), 'flow', 'en')).toBe('Jan–Aug 2023')
    expect(formatPeriodLabel(p('2023-08..08'), 'flow', 'zh')).toBe('2023年8月')
    expect(formatPeriodLabel(p('2023-08..08'), 'flow', 'en')).toBe('Aug 2023')
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
