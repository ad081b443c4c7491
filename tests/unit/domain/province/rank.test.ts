import { describe, it, expect } from 'vitest'
import { rankBy } from '@/domain/province/rank'
import { loadEmbedded } from '../../../support/embedded'

describe('rankBy', () => {
  it('ranks highest first', () => {
    const ranked = rankBy(['b', 'a', 'c'], (x) => ({ a: 3, b: 1, c: 2 })[x] ?? 0)
    expect(ranked.map((r) => [r.item, r.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 3],
    ])
  })

  it('gives ties the same rank and skips the next ("1, 2, 2, 4")', () => {
    const ranked = rankBy([10, 5, 5, 1], (x) => x)
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4])
    expect(rankBy([3, 3, 3], (x) => x).map((r) => r.rank)).toEqual([1, 1, 1])
  })

  it('leaves out items without a finite value', () => {
    const ranked = rankBy([1, Number.NaN, 2, Infinity], (x) => x)
    expect(ranked.map((r) => r.value)).toEqual([2, 1])
    expect(rankBy([], (x: number) => x)).toEqual([])
  })

  it('ranks the 2025-07 valid invention patents of the cities: 衡阳 4th behind 长沙, 株洲, 湘潭', () => {
    const { dataset } = loadEmbedded()
    const cities = new Set(dataset.catalogue.citiesOf('湖南省').map((c) => c.name))
    const ranked = rankBy(
      dataset.crossSection('valid_invention_patents', '2025-07').filter((o) => cities.has(o.region)),
      (o) => o.value,
    )
    expect(ranked.slice(0, 5).map((r) => [r.item.region, r.value, r.rank])).toEqual([
      ['长沙市', 81989, 1],
      ['株洲市', 13694, 2],
      ['湘潭市', 8572, 3],
      ['衡阳市', 4558, 4],
      ['常德市', 4411, 5],
    ])
  })
})
