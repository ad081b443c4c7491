import { describe, it, expect } from 'vitest'
import { shares } from '@/domain/province/share'
import { loadEmbedded } from '../../../support/embedded'

describe('shares', () => {
  it("splits 衡阳's 4558 valid invention patents (2025-07) into service and individual holders", () => {
    const s = shares([4387, 171], 4558)
    expect(s[0]).toBeCloseTo(0.9625, 4)
    expect(s[1]).toBeCloseTo(0.0375, 4)
    expect((s[0] ?? 0) + (s[1] ?? 0)).toBeCloseTo(1, 12)
  })

  it('gives no share of a zero, negative or non-finite total', () => {
    expect(shares([1, 2], 0)).toEqual([null, null])
    expect(shares([1], -5)).toEqual([null])
    expect(shares([1], Number.NaN)).toEqual([null])
    expect(shares([1], Infinity)).toEqual([null])
    expect(shares([], 10)).toEqual([])
  })
})

describe('the embedded densities', () => {
  it("are every city's valid invention patents per 10,000 residents in the 2025-07 table, to within rounding", () => {
    const { dataset } = loadEmbedded()
    const cities = dataset.catalogue.citiesOf('湖南省')
    for (const city of cities) {
      const at = (indicator: string) =>
        dataset.seriesOf(city.name, indicator, 'actual').find((o) => o.periodKey === '2025-07')?.value
      const count = at('valid_invention_patents')
      const population = at('resident_population')
      const published = at('invention_patents_per_10k')
      expect(count, city.name).toBeDefined()
      expect(population, city.name).toBeGreaterThan(0)
      expect(published, city.name).toBeDefined()
      expect(Math.abs((count ?? 0) / (population ?? 1) - (published ?? 0)), city.name).toBeLessThanOrEqual(0.006)
    }
  })
})
