import { describe, expect, it } from 'vitest'
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatExactNumber,
  formatMultiple,
  formatNumber,
  formatPercentChange,
  formatPeriodLabel,
  formatQuantity,
  formatShare,
  formatShortNumber,
  formatToday,
  formatYear,
  unitBeside,
  unitText,
} from '@/domain/display/format'
import { DATE_LOCALE, DOCUMENT_TAG, NUMBER_LOCALE } from '@/domain/display/lang'
import { INDICATOR_KINDS, REGION_LEVELS } from '@/domain/catalogue'
import { STATUSES } from '@/domain/observation'
import { parsePeriod, type Period } from '@/domain/period'

function p(text: string): Period {
  const parsed = parsePeriod(text)
  if (!parsed) throw new Error(text)
  return parsed
}

describe('formatNumber', () => {
  it.each([
    [0, '0', '0'],
    [-0, '0', '0'],
    [-42.5, '-42.5', '-42.5'],
    [0.004, '0', '0'],
    [-0.004, '0', '0'],
    [9999, '9999', '9,999'],
    [10000, '10000', '10,000'],
    [99999, '99999', '99,999'],
    [100000, '10万', '100,000'],
    [-162000, '-16.2万', '-162,000'],
    [999999, '100万', '999,999'],
    [1e6, '100万', '1 million'],
    [1.2e6, '120万', '1.2 million'],
    [1e8, '1亿', '100 million'],
    [-1e8, '-1亿', '-100 million'],
    [1e12, '1万亿', '1 trillion'],
  ])('%d reads %s in Chinese and %s in English', (value, zh, en) => {
    expect(formatNumber(value, 'zh')).toBe(zh)
    expect(formatNumber(value, 'en')).toBe(en)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('shows a dash, not %s', (value) => {
    expect(formatNumber(value, 'zh')).toBe('—')
    expect(formatNumber(value, 'en')).toBe('—')
  })
})

describe('formatShortNumber, for axes', () => {
  it.each([
    [0, '0', '0'],
    [-1, '-1', '-1'],
    [9999, '9999', '10K'],
    [10000, '1万', '10K'],
    [59590, '6万', '59.6K'],
    [-162000, '-16.2万', '-162K'],
    [1.2e6, '120万', '1.2M'],
    [1e8, '1亿', '100M'],
    [Number.NaN, '—', '—'],
  ])('%d reads %s in Chinese and %s in English', (value, zh, en) => {
    expect(formatShortNumber(value, 'zh')).toBe(zh)
    expect(formatShortNumber(value, 'en')).toBe(en)
  })
})

describe('formatExactNumber, for tables', () => {
  it.each([
    [0, '0', '0'],
    [5183, '5183', '5,183'],
    [-162000, '-162000', '-162,000'],
    [7.084, '7.084', '7.084'],
    [0.1 + 0.2, '0.3', '0.3'],
    [1e8, '100000000', '100,000,000'],
    [Number.NaN, '—', '—'],
  ])('%d reads %s in Chinese and %s in English', (value, zh, en) => {
    expect(formatExactNumber(value, 'zh')).toBe(zh)
    expect(formatExactNumber(value, 'en')).toBe(en)
  })
})

describe('percentages and multiples', () => {
  it.each([
    [0.999, '+99.9%'],
    [0.9996, '+100%'],
    [-0.5, '−50%'],
    [-2.5, '−250%'],
    [0.00049, '0%'],
    [Number.NaN, '—'],
  ])('a change of %d reads %s', (ratio, text) => {
    expect(formatPercentChange(ratio)).toBe(text)
  })

  it.each([
    [0.677, '67.7%'],
    [0.00049, '0%'],
    [Number.NaN, '—'],
  ])('a share of %d reads %s', (ratio, text) => {
    expect(formatShare(ratio)).toBe(text)
  })

  it.each([
    [1, '×1.00'],
    [0, '×0.00'],
    [12.345, '×12.35'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('a multiple of %d reads %s', (multiple, text) => {
    expect(formatMultiple(multiple)).toBe(text)
  })
})

describe('units: one English name each', () => {
  it.each([
    ['件', 'items', ''],
    ['件/万人', 'per 10k people', 'per 10k people'],
    ['万人', '10k people', '10k people'],
    ['项', '项', '项'],
  ])('%s is "%s" in a column and "%s" beside an English figure', (unit, column, beside) => {
    expect(unitText(unit, 'zh')).toBe(unit)
    expect(unitBeside(unit, 'zh')).toBe(unit)
    expect(unitText(unit, 'en')).toBe(column)
    expect(unitBeside(unit, 'en')).toBe(beside)
  })

  it.each([
    [0, '件', '0件', '0'],
    [-3, '件/万人', '-3件/万人', '-3 per 10k people'],
    [0, '万人', '0万人', '0 people'],
    [-3, '万人', '-3万人', '-30,000 people'],
    [12, '', '12', '12'],
    [Number.NaN, '件', '—件', '—'],
  ])('%d %s reads %s and %s', (value, unit, zh, en) => {
    expect(formatQuantity(value, unit, 'zh')).toBe(zh)
    expect(formatQuantity(value, unit, 'en')).toBe(en)
  })
})

describe('period labels', () => {
  it.each([
    ['2022', 'flow', '2022年', '2022'],
    ['2022', 'ratio', '2022年末', 'end of 2022'],
    ['2023-08', 'flow', '2023年8月', 'Aug 2023'],
    ['2023-09', 'flow', '2023年9月', 'Sep 2023'],
    ['2023-01', 'stock', '截至2023年1月', 'as of Jan 2023'],
    ['2023-12', 'stock', '截至2023年12月', 'as of Dec 2023'],
    ['2023-01..08', 'flow', '2023年1—8月', 'Jan–Aug 2023'],
    ['2023-01..12', 'flow', '2023年1—12月', 'Jan–Dec 2023'],
    ['2023-12..12', 'flow', '2023年12月', 'Dec 2023'],
  ] as const)('%s as a %s reads %s and %s', (key, kind, zh, en) => {
    expect(formatPeriodLabel(p(key), kind, 'zh')).toBe(zh)
    expect(formatPeriodLabel(p(key), kind, 'en')).toBe(en)
  })

  it('says a year on its own in each language', () => {
    expect(formatYear(2022, 'zh')).toBe('2022年')
    expect(formatYear(2022, 'en')).toBe('2022')
  })
})

describe('dates', () => {
  it.each([
    ['2023-01-01', '2023年1月1日', '1 Jan 2023'],
    ['2023-12-31', '2023年12月31日', '31 Dec 2023'],
    ['2024-02-29', '2024年2月29日', '29 Feb 2024'],
  ])('%s reads %s and %s, whatever the time zone', (iso, zh, en) => {
    expect(formatDate(iso, 'zh')).toBe(zh)
    expect(formatDate(iso, 'en')).toBe(en)
  })

  it.each(['2023-02-29', '2023-13-01', '2023-00-10', '2023-9-5', '2023年4月', ''])(
    'leaves "%s", not a calendar date, as it is written',
    (text) => {
      expect(formatDate(text, 'zh')).toBe(text)
      expect(formatDate(text, 'en')).toBe(text)
    },
  )

  it('writes a moment on a 24-hour clock in the local time zone', () => {
    const time = new Date(2023, 7, 20, 0, 5, 9).getTime()
    expect(formatDateTime(time, 'zh')).toBe('2023年8月20日 00:05')
    expect(formatDateTime(time, 'en')).toBe('20 Aug 2023, 00:05')
    expect(formatDateTime(new Date(time).toISOString(), 'en')).toBe('20 Aug 2023, 00:05')
    expect(formatClock(time, 'zh')).toBe('00:05:09')
    expect(formatClock(time, 'en')).toBe('00:05:09')
    expect(formatToday(time, 'zh')).toBe('2023年8月20日周日')
    expect(formatToday(time, 'en')).toBe('Sun, 20 August 2023')
  })
})

describe('one list per enumeration and one table of language tags', () => {
  it('lists each enumeration once, in its display order', () => {
    expect(STATUSES).toEqual(['actual', 'estimate', 'target'])
    expect(INDICATOR_KINDS).toEqual(['flow', 'stock', 'ratio'])
    expect(REGION_LEVELS).toEqual(['province', 'city', 'county', 'other'])
  })

  it('tags the page zh-CN or en, numbers as in the United States and dates as in Britain', () => {
    expect(DOCUMENT_TAG).toEqual({ zh: 'zh-CN', en: 'en' })
    expect(NUMBER_LOCALE).toEqual({ zh: 'zh-CN', en: 'en-US' })
    expect(DATE_LOCALE).toEqual({ zh: 'zh-CN', en: 'en-GB' })
  })
})
