import { describe, it, expect } from 'vitest'
import { change, yoy } from '@/domain/yoy'
import { formatPeriod, parsePeriod, type Period } from '@/domain/period'
import type { IndicatorKind } from '@/domain/catalogue'
import { loadEmbedded } from '../../support/embedded'
import { obs } from '../../support/obsFixture'

function p(text: string): Period {
  const parsed = parsePeriod(text)
  if (!parsed) throw new Error(text)
  return parsed
}

/** Whether 同比 of a figure for `current` takes a figure for `base` as the like period one year before. */
const isYearEarlier = (current: Period, base: Period, kind: IndicatorKind) =>
  yoy(obs(formatPeriod(current), 2), [obs(formatPeriod(base), 1)], kind).ok

describe('isYearEarlier for flows', () => {
  it('compares Jan–Aug with Jan–Aug of the year before', () => {
    expect(isYearEarlier(p('2023-01..08'), p('2022-01..08'), 'flow')).toBe(true)
  })

  it('compares a year total with the previous year total, also written as Jan–Dec', () => {
    expect(isYearEarlier(p('2022'), p('2021'), 'flow')).toBe(true)
    expect(isYearEarlier(p('2022'), p('2021-01..12'), 'flow')).toBe(true)
  })

  it('never compares a partial year with a full year or other months', () => {
    expect(isYearEarlier(p('2023-01..08'), p('2022'), 'flow')).toBe(false)
    expect(isYearEarlier(p('2023-01..08'), p('2022-08..08'), 'flow')).toBe(false)
    expect(isYearEarlier(p('2023-01..08'), p('2022-01..07'), 'flow')).toBe(false)
    expect(isYearEarlier(p('2023-01..08'), p('2021-01..08'), 'flow')).toBe(false)
    expect(isYearEarlier(p('2023'), p('2022-12'), 'flow')).toBe(false)
  })

  it('compares a single month with the same month a year earlier', () => {
    expect(isYearEarlier(p('2023-08..08'), p('2022-08..08'), 'flow')).toBe(true)
  })
})

describe('isYearEarlier for stocks and ratios', () => {
  it('compares a level with the level twelve months earlier', () => {
    expect(isYearEarlier(p('2025-07'), p('2024-07'), 'stock')).toBe(true)
    expect(isYearEarlier(p('2025-07'), p('2024-06'), 'stock')).toBe(false)
    expect(isYearEarlier(p('2022-10'), p('2021-10'), 'ratio')).toBe(true)
  })

  it('treats "2024" as the level at the end of December 2024', () => {
    expect(isYearEarlier(p('2025-12'), p('2024'), 'stock')).toBe(true)
    expect(isYearEarlier(p('2025'), p('2024-12'), 'stock')).toBe(true)
    expect(isYearEarlier(p('2025'), p('2024'), 'ratio')).toBe(true)
  })

  it('never compares a level with a flow span', () => {
    expect(isYearEarlier(p('2025-08'), p('2024-01..08'), 'stock')).toBe(false)
  })
})

describe('change', () => {
  it('gives the difference and the relative change', () => {
    const c = change(
      obs('2025-07', 4558, { indicator: 'valid_invention_patents' }),
      obs('2022', 3176, { indicator: 'valid_invention_patents' }),
    )
    expect(c.ok).toBe(true)
    if (!c.ok) return
    expect(c.delta).toBe(1382)
    expect(c.ratio).toBeCloseTo(0.4351, 4)
    expect(c.base.value).toBe(3176)
  })

  it('gives no comparison without a base, or with a zero base (never Infinity)', () => {
    expect(change(obs('2022', 42), undefined)).toEqual({ ok: false, reason: 'noBase' })
    const zero = change(obs('2022', 42), obs('2021', 0))
    expect(zero.ok).toBe(false)
    expect(zero).toMatchObject({ ok: false, reason: 'zeroBase', base: { value: 0 } })
    expect(JSON.stringify(zero)).not.toContain('Infinity')
  })

  it('reports a fall as a negative ratio, also from a negative base', () => {
    const fall = change(obs('2022', 50), obs('2021', 100))
    expect(fall.ok && fall.ratio).toBe(-0.5)
    const negative = change(obs('2022', -1, { indicator: 'x' }), obs('2021', -2, { indicator: 'x' }))
    expect(negative.ok && negative.ratio).toBe(0.5)
  })
})

describe('yoy', () => {
  it('finds the like period in a series of mixed periods', () => {
    const series = [
      obs('2022', 5000),
      obs('2022-01..08', 2800),
      obs('2022-08..08', 300),
      obs('2023-01..08', 3018),
      obs('2023-08..08', 362),
    ]
    const ytd = yoy(obs('2023-01..08', 3018), series, 'flow')
    expect(ytd).toMatchObject({ ok: true, base: { periodKey: '2022-01..08', value: 2800 }, delta: 218 })
    const month = yoy(obs('2023-08..08', 362), series, 'flow')
    expect(month).toMatchObject({ ok: true, base: { periodKey: '2022-08..08' } })
    expect(month.ok && month.ratio).toBeCloseTo(62 / 300, 10)
  })

  it('compares a stock as of 2025-07 with 2024-07, not with an older level', () => {
    const series = [obs('2022', 3176), obs('2024-07', 4100), obs('2024', 4300), obs('2025-07', 4558)].map((o) => ({
      ...o,
      indicator: 'valid_invention_patents',
    }))
    const c = yoy(series[3]!, series, 'stock')
    expect(c).toMatchObject({ ok: true, base: { periodKey: '2024-07' }, delta: 458 })
  })

  it('uses a 2024 year-end stock as the base of a 2025-12 level', () => {
    const series = [obs('2024', 4300), obs('2025-12', 4730)]
    expect(yoy(series[1]!, series, 'stock')).toMatchObject({ ok: true, base: { periodKey: '2024' } })
  })

  it('ignores estimates and targets as bases', () => {
    const series = [obs('2021', 300, { status: 'estimate' }), obs('2022', 320)]
    expect(yoy(series[1]!, series, 'flow')).toEqual({ ok: false, reason: 'noBase' })
  })

  it('gives zeroBase for a zero base', () => {
    const series = [obs('2021', 0), obs('2022', 42)]
    expect(yoy(series[1]!, series, 'flow')).toMatchObject({ ok: false, reason: 'zeroBase' })
  })

  it("finds no 同比 in the embedded data for 衡阳's 2022 grants or its Jan–Aug 2023 grants", () => {
    const { dataset } = loadEmbedded()
    const series = dataset.seriesOf('衡阳市', 'patent_grants')
    for (const key of ['2022', '2023-01..08', '2023-08..08']) {
      const current = series.find((o) => o.periodKey === key)
      expect(current).toBeDefined()
      if (current) expect(yoy(current, series, 'flow')).toEqual({ ok: false, reason: 'noBase' })
    }
  })
})
