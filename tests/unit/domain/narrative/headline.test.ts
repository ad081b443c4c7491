import { describe, it, expect } from 'vitest'
import { Dataset } from '@/domain/dataset'
import { headline } from '@/domain/narrative/headline'
import { formatPercentChange } from '@/domain/display/format'
import { loadCatalogue, loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const { dataset } = loadEmbedded()

describe('headline of 衡阳 patent grants', () => {
  const h = headline(dataset, '衡阳市', 'patent_grants')

  it('leads with the 2022 total of 5183, not a later partial-year figure', () => {
    expect(h?.latest.periodKey).toBe('2022')
    expect(h?.latest.value).toBe(5183)
  })

  it('shows Jan–Aug 2023 (3018) as the later partial figure, not the August-only 362', () => {
    expect(h?.partial?.figure.periodKey).toBe('2023-01..08')
    expect(h?.partial?.figure.value).toBe(3018)
  })

  it('has no 同比 for either: the data has no 2021 total and no Jan–Aug 2022', () => {
    expect(h?.comparison).toEqual({ ok: false, reason: 'noBase', basis: 'yoy' })
    expect(h?.partial?.comparison).toEqual({ ok: false, reason: 'noBase' })
    expect(h?.threeYears).toBeUndefined()
    expect(h?.caveat).toBe(false)
  })
})

describe('headline of 衡阳 valid invention patents', () => {
  it('leads with 4558 as of 2025-07, against the previous level 3176 at the end of 2022', () => {
    const h = headline(dataset, '衡阳市', 'valid_invention_patents')
    expect(h?.latest).toMatchObject({ periodKey: '2025-07', value: 4558 })
    expect(h?.comparison).toMatchObject({
      ok: true,
      basis: 'previous',
      delta: 1382,
      base: { periodKey: '2022', value: 3176 },
    })
    expect(h?.comparison.ok && h.comparison.ratio).toBeCloseTo(0.435, 3)
    expect(h?.comparison.ok && formatPercentChange(h.comparison.ratio)).toBe('+43.5%')
    expect(h?.threeYears).toBeUndefined()
    expect(h?.partial).toBeUndefined()
  })

  it('as of 2022 leads with 3176, ×1.96 the 1623 of three years earlier', () => {
    const h = headline(dataset, '衡阳市', 'valid_invention_patents', 2022)
    expect(h?.latest).toMatchObject({ periodKey: '2022', value: 3176 })
    expect(h?.threeYears?.base).toMatchObject({ periodKey: '2019', value: 1623 })
    expect(h?.threeYears?.multiple).toBeCloseTo(1.957, 3)
    expect(h?.comparison).toMatchObject({ ok: true, basis: 'previous', base: { periodKey: '2022-10', value: 3001 } })
  })

  it('as of 2019 has only 1623 and nothing to compare with', () => {
    const h = headline(dataset, '衡阳市', 'valid_invention_patents', 2019)
    expect(h?.latest.value).toBe(1623)
    expect(h?.comparison).toEqual({ ok: false, reason: 'noBase', basis: 'yoy' })
  })

  it('before any figure there is no headline', () => {
    expect(headline(dataset, '衡阳市', 'valid_invention_patents', 2018)).toBeUndefined()
  })
})

describe('headline of a ratio from different sources', () => {
  it("flags 衡阳's density 7.08 (2025-07) against 4.8 (2022) as computed on other bases", () => {
    const h = headline(dataset, '衡阳市', 'invention_patents_per_10k')
    expect(h?.latest).toMatchObject({ periodKey: '2025-07', value: 7.08 })
    expect(h?.comparison).toMatchObject({ ok: true, basis: 'previous', base: { value: 4.8 } })
    expect(h?.caveat).toBe(true)
  })

  it('does not flag a stock', () => {
    expect(headline(dataset, '衡阳市', 'valid_invention_patents')?.caveat).toBe(false)
  })
})

describe('headline with a real 同比 in the embedded data', () => {
  it("gives Hunan's 2023 patent grants (74900) a fall of 19.4% from 92916 in 2022", () => {
    const h = headline(dataset, '湖南省', 'patent_grants')
    expect(h?.latest).toMatchObject({ periodKey: '2023', value: 74900 })
    expect(h?.comparison).toMatchObject({ ok: true, basis: 'yoy', base: { periodKey: '2022', value: 92916 } })
    expect(h?.comparison.ok && formatPercentChange(h.comparison.ratio)).toBe('−19.4%')
  })

  it("gives Hunan's valid invention patents of 2023 a 同比 on 2022 and a 3-year multiple on 2020", () => {
    const h = headline(dataset, '湖南省', 'valid_invention_patents', 2023)
    expect(h?.latest).toMatchObject({ periodKey: '2023', value: 105300 })
    expect(h?.comparison).toMatchObject({ ok: true, basis: 'yoy', base: { periodKey: '2022', value: 87133 } })
    expect(h?.threeYears?.base).toMatchObject({ periodKey: '2020', value: 56285 })
    expect(h?.threeYears?.multiple).toBeCloseTo(105300 / 56285, 10)
  })
})

describe('headline without an actual figure', () => {
  it('is undefined for an estimate only (衡东县 grants 2020), a target only, or an unknown indicator', () => {
    expect(headline(dataset, '衡东县', 'patent_grants')).toBeUndefined()
    expect(headline(dataset, '衡阳市', 'geographical_indications')).toBeUndefined()
    expect(headline(dataset, '衡阳市', 'no_such_indicator')).toBeUndefined()
  })
})

describe('headline on synthetic series (bases the data lacks)', () => {
  const catalogue = loadCatalogue()

  it('gives a flow year total its 同比 and its partial year the 同比 of the same months', () => {
    const ds = new Dataset(
      [obs('2021', 4000), obs('2022', 5183), obs('2022-01..08', 2800), obs('2023-01..08', 3018)],
      catalogue,
    )
    const h = headline(ds, '衡阳市', 'patent_grants')
    expect(h?.latest.periodKey).toBe('2022')
    expect(h?.comparison).toMatchObject({ ok: true, basis: 'yoy', base: { periodKey: '2021' }, delta: 1183 })
    expect(h?.partial?.figure.periodKey).toBe('2023-01..08')
    expect(h?.partial?.comparison).toMatchObject({ ok: true, base: { periodKey: '2022-01..08' }, delta: 218 })
  })

  it('leads a flow with its latest figure when no full year was published', () => {
    const ds = new Dataset([obs('2023-08..08', 362), obs('2023-01..08', 3018)], catalogue)
    const h = headline(ds, '衡阳市', 'patent_grants')
    expect(h?.latest.periodKey).toBe('2023-01..08')
    expect(h?.partial).toBeUndefined()
  })

  it('never falls back to an unlike period for a flow', () => {
    const ds = new Dataset([obs('2022-01..08', 2800), obs('2022', 5183)], catalogue)
    expect(headline(ds, '衡阳市', 'patent_grants')?.comparison).toEqual({ ok: false, reason: 'noBase', basis: 'yoy' })
  })

  it('compares a stock as of 2025-07 with 2024-07 when published, before any other level', () => {
    const vip = { indicator: 'valid_invention_patents' }
    const ds = new Dataset(
      [obs('2022', 3176, vip), obs('2024-07', 4200, vip), obs('2024', 4400, vip), obs('2025-07', 4558, vip)],
      catalogue,
    )
    expect(headline(ds, '衡阳市', 'valid_invention_patents')?.comparison).toMatchObject({
      ok: true,
      basis: 'yoy',
      base: { periodKey: '2024-07' },
    })
  })

  it('gives no comparison against a zero base', () => {
    const ds = new Dataset(
      [obs('2021', 0, { indicator: 'pct_applications' }), obs('2022', 42, { indicator: 'pct_applications' })],
      catalogue,
    )
    expect(headline(ds, '衡阳市', 'pct_applications')?.comparison).toMatchObject({
      ok: false,
      reason: 'zeroBase',
      basis: 'yoy',
    })
  })
})
