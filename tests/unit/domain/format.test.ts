import { describe, it, expect } from 'vitest'
import {
  formatDate,
  formatMultiple,
  formatNumber,
  formatPercentChange,
  formatPeriodLabel,
  formatQuantity,
  formatShare,
} from '../../../src/domain/format'
import { parsePeriod, type Period } from '../../../src/domain/period'

function p(text: string): Period {
  const parsed = parsePeriod(text)
  if (!parsed) throw new Error(text)
  return parsed
}

describe('formatNumber in Chinese', () => {
  it('writes figures below 100,000 in full, without grouping', () => {
    expect(formatNumber(59590, 'zh')).toBe('59590')
    expect(formatNumber(5183, 'zh')).toBe('5183')
    expect(formatNumber(42, 'zh')).toBe('42')
    expect(formatNumber(0, 'zh')).toBe('0')
    expect(formatNumber(99999, 'zh')).toBe('99999')
  })

  it('keeps up to two decimals and drops trailing zeros', () => {
    expect(formatNumber(4.8, 'zh')).toBe('4.8')
    expect(formatNumber(2.6, 'zh')).toBe('2.6')
    expect(formatNumber(7.084, 'zh')).toBe('7.08')
    expect(formatNumber(643.43, 'zh')).toBe('643.43')
    expect(formatNumber(100, 'zh')).toBe('100')
    expect(formatNumber(1230, 'zh')).toBe('1230')
  })

  it('switches to 万 from 100,000, as the province writes 104.81万 and 16.2万', () => {
    expect(formatNumber(1048100, 'zh')).toBe('104.81万')
    expect(formatNumber(162000, 'zh')).toBe('16.2万')
    expect(formatNumber(100000, 'zh')).toBe('10万')
    expect(formatNumber(129829, 'zh')).toBe('12.98万')
    expect(formatNumber(105300, 'zh')).toBe('10.53万')
  })

  it('switches to 亿 from 100,000,000', () => {
    expect(formatNumber(1e8, 'zh')).toBe('1亿')
    expect(formatNumber(123450000, 'zh')).toBe('1.23亿')
    expect(formatNumber(99990000, 'zh')).toBe('9999万')
  })

  it('keeps the sign of a negative figure', () => {
    expect(formatNumber(-162000, 'zh')).toBe('-16.2万')
    expect(formatNumber(-42, 'zh')).toBe('-42')
  })
})

describe('formatNumber in English', () => {
  it('groups thousands', () => {
    expect(formatNumber(59590, 'en')).toBe('59,590')
    expect(formatNumber(162000, 'en')).toBe('162,000')
    expect(formatNumber(4.8, 'en')).toBe('4.8')
    expect(formatNumber(7.084, 'en')).toBe('7.08')
  })

  it('says million and billion from a million', () => {
    expect(formatNumber(1048100, 'en')).toBe('1.05 million')
    expect(formatNumber(1e6, 'en')).toBe('1 million')
    expect(formatNumber(6434300, 'en')).toBe('6.43 million')
    expect(formatNumber(2.5e9, 'en')).toBe('2.5 billion')
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
