import { describe, it, expect } from 'vitest'
import {
  comparePeriods,
  endMonthIndex,
  formatPeriod,
  isFullYear,
  parsePeriod,
  periodTime,
  spanMonths,
  yearOf,
  type Period,
} from '@/domain/period'
import { loadEmbedded } from '../../support/embedded'

function p(text: string): Period {
  const parsed = parsePeriod(text)
  if (!parsed) throw new Error(`test period ${text} does not parse`)
  return parsed
}

describe('parsePeriod', () => {
  // A span of one month is how the province's monthly tables name a month's flow; spaces come from cells.
  it.each([
    ['2022', { type: 'year', year: 2022 }],
    ['2023-08', { type: 'month', year: 2023, month: 8 }],
    ['2023-01..08', { type: 'span', year: 2023, from: 1, to: 8 }],
    ['2023-08..08', { type: 'span', year: 2023, from: 8, to: 8 }],
    ['  2025-07 ', { type: 'month', year: 2025, month: 7 }],
  ])('reads %j', (text, period) => {
    expect(parsePeriod(text)).toEqual(period)
  })

  it.each([
    '2023-13',
    '2023-00',
    '2023-08..01',
    '2023-00..08',
    '2023-01..13',
    'abc',
    '22',
    '',
    '2023-8',
    '2023/08',
    '20222',
    '2023-01-08',
    '1800',
    '2300',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull()
  })
})

describe('yearOf', () => {
  it.each([
    ['2024', 2024],
    [' 2022 ', 2022],
    ['latest', undefined],
    ['2024-07', undefined],
    ['2023-01..08', undefined],
    ['0024', undefined],
    ['', undefined],
  ])('reads %j as the year %s', (text, year) => {
    expect(yearOf(text)).toBe(year)
  })
})

describe('formatPeriod', () => {
  it.each(['2022', '2023-08', '2023-01..08', '2023-08..08', '2020-11', '2025-07'])('round-trips %s', (text) => {
    expect(formatPeriod(p(text))).toBe(text)
  })

  it('pads months to two digits', () => {
    expect(formatPeriod({ type: 'month', year: 2025, month: 7 })).toBe('2025-07')
    expect(formatPeriod({ type: 'span', year: 2023, from: 1, to: 8 })).toBe('2023-01..08')
  })

  it('round-trips every period in the embedded data', () => {
    const { dataset } = loadEmbedded()
    for (const o of dataset.observations) {
      expect(formatPeriod(o.period)).toBe(o.periodKey)
      expect(parsePeriod(o.periodKey)).toEqual(o.period)
    }
  })
})

describe('comparePeriods', () => {
  it('orders the periods of the data chronologically', () => {
    const texts = ['2025-07', '2022', '2019', '2023-01..08', '2020-11', '2022-10', '2021-02', '2026', '2022-06']
    const sorted = texts.map(p).sort(comparePeriods).map(formatPeriod)
    expect(sorted).toEqual([
      '2019',
      '2020-11',
      '2021-02',
      '2022-06',
      '2022-10',
      '2022',
      '2023-01..08',
      '2025-07',
      '2026',
    ])
  })

  it('puts the shorter span first when two periods end in the same month', () => {
    const sorted = ['2023-01..08', '2023-08', '2023-08..08'].map(p).sort(comparePeriods).map(formatPeriod)
    expect(sorted).toEqual(['2023-08', '2023-08..08', '2023-01..08'])
    expect(comparePeriods(p('2022-12'), p('2022'))).toBeLessThan(0)
  })

  it('gives zero for equal periods and opposite signs when swapped', () => {
    expect(comparePeriods(p('2022'), p('2022'))).toBe(0)
    expect(Math.sign(comparePeriods(p('2021-02'), p('2020-11')))).toBe(1)
    expect(Math.sign(comparePeriods(p('2020-11'), p('2021-02')))).toBe(-1)
  })
})

describe('endMonthIndex and spanMonths', () => {
  it('places a year at its December, and "2024" at the same point as "2024-12"', () => {
    expect(endMonthIndex(p('2024'))).toBe(endMonthIndex(p('2024-12')))
    expect(endMonthIndex(p('2023-01..08'))).toBe(endMonthIndex(p('2023-08')))
    expect(endMonthIndex(p('2025-07')) - endMonthIndex(p('2024-07'))).toBe(12)
  })

  it.each([
    ['2022', 12],
    ['2023-01..08', 8],
    ['2023-08..08', 1],
    ['2025-07', 0],
  ])('counts %i months in the flow %s', (text, months) => {
    expect(spanMonths(p(text))).toBe(months)
  })
})

describe('periodTime', () => {
  it('puts "2023-08" on 31 Aug 2023 UTC', () => {
    expect(periodTime(p('2023-08'))).toBe(Date.UTC(2023, 7, 31))
    expect(new Date(periodTime(p('2023-08'))).toISOString()).toBe('2023-08-31T00:00:00.000Z')
  })

  it.each([
    ['2022', '2022-12-31'],
    ['2023-01..08', '2023-08-31'],
    ['2021-02', '2021-02-28'],
    ['2024-02', '2024-02-29'],
    ['2020-11', '2020-11-30'],
  ])('puts %s on %s: a year on 31 December, a span on its last month, February on its last day', (text, date) => {
    expect(new Date(periodTime(p(text))).toISOString().slice(0, 10)).toBe(date)
  })

  it('increases with the period', () => {
    expect(periodTime(p('2022-10'))).toBeLessThan(periodTime(p('2022')))
    expect(periodTime(p('2022'))).toBeLessThan(periodTime(p('2023-01..08')))
  })
})

describe('periodTime for flows', () => {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10)

  it("places a year's total inside that year, not at the start of the next", () => {
    const t = periodTime(p('2022'), true)
    expect(t).toBeGreaterThan(Date.UTC(2022, 0, 1))
    expect(t).toBeLessThan(Date.UTC(2022, 11, 31))
  })

  it('places Jan–Aug 2023 within January to August, and the August figure within August', () => {
    const ytd = periodTime(p('2023-01..08'), true)
    expect(ytd).toBeGreaterThan(Date.UTC(2023, 0, 1))
    expect(ytd).toBeLessThan(Date.UTC(2023, 7, 31))
    expect(day(periodTime(p('2023-08..08'), true)).slice(0, 7)).toBe('2023-08')
  })

  it('keeps a point in time at the end of its month, flow or not', () => {
    expect(periodTime(p('2025-07'), true)).toBe(periodTime(p('2025-07')))
    expect(day(periodTime(p('2025-07'), true))).toBe('2025-07-31')
  })

  it('keeps successive year totals one year apart and in order', () => {
    const a = periodTime(p('2021'), true)
    const b = periodTime(p('2022'), true)
    expect(b).toBeGreaterThan(a)
    expect(Math.abs(b - a - 365 * 86_400_000)).toBeLessThanOrEqual(86_400_000)
  })
})

describe('isFullYear', () => {
  it.each([
    ['2022', true],
    ['2022-01..12', true],
    ['2023-01..08', false],
    ['2022-12', false],
    ['2022-02..12', false],
  ])('treats %s as a full year: %s (a year and a Jan–Dec span only)', (text, full) => {
    expect(isFullYear(p(text))).toBe(full)
  })
})
