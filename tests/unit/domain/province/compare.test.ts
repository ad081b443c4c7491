import { describe, it, expect } from 'vitest'
import { cityRanking, composition, rankHistory } from '@/domain/province/compare'
import { Dataset } from '@/domain/dataset'
import { loadCatalogue, loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const { dataset } = loadEmbedded()

describe('cityRanking', () => {
  it('reproduces the published ranks of the 2020-11 density table', () => {
    const published: Record<string, number> = {
      长沙市: 1,
      株洲市: 2,
      湘潭市: 3,
      常德市: 4,
      岳阳市: 5,
      益阳市: 6,
      衡阳市: 7,
      郴州市: 8,
      娄底市: 9,
      永州市: 10,
      湘西土家族苗族自治州: 11,
      怀化市: 12,
      张家界市: 13,
      邵阳市: 14,
    }
    const ranked = cityRanking(dataset, '湖南省', 'invention_patents_per_10k', '2020-11')
    expect(ranked).toHaveLength(14)
    expect(Object.fromEntries(ranked.map((r) => [r.item.region, r.rank]))).toEqual(published)
  })

  it('ranks only the 14 cities, not the province or its unallocated remainder', () => {
    const ranked = cityRanking(dataset, '湖南省', 'valid_invention_patents', '2025-07')
    expect(ranked).toHaveLength(14)
    expect(ranked.some((r) => r.item.region === '湖南省' || r.item.region === '湖南省其他')).toBe(false)
    expect(ranked[0]).toMatchObject({ rank: 1, value: 81989, item: { region: '长沙市' } })
    expect(ranked.find((r) => r.item.region === '衡阳市')).toMatchObject({ rank: 4, value: 4558 })
    expect(ranked.at(-1)).toMatchObject({ rank: 14, item: { region: '张家界市' }, value: 228 })
  })

  it('places 衡阳 3rd among the cities by Jan–Aug 2023 patent grants (3018), ahead of 湘潭', () => {
    const ranked = cityRanking(dataset, '湖南省', 'patent_grants', '2023-01..08')
    expect(ranked.slice(0, 4).map((r) => [r.item.region, r.value, r.rank])).toEqual([
      ['长沙市', 25858, 1],
      ['株洲市', 4241, 2],
      ['衡阳市', 3018, 3],
      ['湘潭市', 2871, 4],
    ])
  })

  it('ranks only the cities with a figure: a one-off city figure is no province table', () => {
    expect(cityRanking(dataset, '湖南省', 'invention_patents_per_10k', '2022').map((r) => r.item.region)).toEqual([
      '衡阳市',
    ])
    expect(cityRanking(dataset, '湖南省', 'invention_patents_per_10k', '2024')).toEqual([])
  })
})

describe('rankHistory', () => {
  it("gives 衡阳's density rank among the 14 cities as 7, 7, 6", () => {
    expect(rankHistory(dataset, '湖南省', '衡阳市', 'invention_patents_per_10k')).toEqual([
      { periodKey: '2020-11', rank: 7, of: 14, value: 2.6 },
      { periodKey: '2021-02', rank: 7, of: 14, value: 2.76 },
      { periodKey: '2025-07', rank: 6, of: 14, value: 7.08 },
    ])
  })

  it("gives 衡阳's rank by valid invention patents as 5, 5, 4 (overtaking 常德 by 2025-07)", () => {
    expect(
      rankHistory(dataset, '湖南省', '衡阳市', 'valid_invention_patents').map((r) => [r.periodKey, r.rank, r.value]),
    ).toEqual([
      ['2020-11', 5, 1897],
      ['2021-02', 5, 2018],
      ['2025-07', 4, 4558],
    ])
  })

  it('leaves out one-off figures that are not province-wide tables', () => {
    const keys = rankHistory(dataset, '湖南省', '衡阳市', 'valid_invention_patents').map((r) => r.periodKey)
    expect(keys).not.toContain('2022')
    expect(keys).not.toContain('2019')
    expect(rankHistory(dataset, '湖南省', '衡阳市', 'valid_trademarks')).toEqual([])
  })

  it('gives nothing for a region that is not a city of the province', () => {
    expect(rankHistory(dataset, '湖南省', '衡东县', 'invention_patents_per_10k')).toEqual([])
  })
})

describe('composition', () => {
  it("splits 衡阳's 4558 valid invention patents (2025-07) into 4387 employer-owned and 171 individual", () => {
    const [c] = composition(
      dataset,
      ['衡阳市'],
      'valid_invention_patents',
      ['valid_invention_patents_service', 'valid_invention_patents_individual'],
      '2025-07',
    )
    expect(c?.total).toBe(4558)
    expect(c?.parts.map((p) => [p.indicator, p.value])).toEqual([
      ['valid_invention_patents_service', 4387],
      ['valid_invention_patents_individual', 171],
    ])
    expect((c?.parts[0]?.value ?? 0) + (c?.parts[1]?.value ?? 0)).toBe(4558)
    expect(c?.parts[0]?.share).toBeCloseTo(4387 / 4558, 12)
  })

  it('splits the employer-owned 4387 into universities, research institutes, enterprises and public bodies', () => {
    const parts = dataset.catalogue.partsOf('valid_invention_patents_service').map((i) => i.id)
    const [c] = composition(dataset, ['衡阳市'], 'valid_invention_patents_service', parts, '2025-07')
    expect(c?.parts.map((p) => p.value)).toEqual([1230, 6, 3085, 66])
    expect(c?.parts.reduce((s, p) => s + p.value, 0)).toBe(4387)
  })

  it('holds together for every city of every table: service + individual = total', () => {
    for (const periodKey of ['2020-11', '2021-02', '2025-07']) {
      const cities = dataset.catalogue.citiesOf('湖南省').map((c) => c.name)
      const rows = composition(
        dataset,
        cities,
        'valid_invention_patents',
        ['valid_invention_patents_service', 'valid_invention_patents_individual'],
        periodKey,
      )
      expect(rows.map((r) => r.region)).toEqual(cities)
      for (const r of rows)
        expect(
          r.parts.reduce((s, p) => s + p.value, 0),
          `${r.region} ${periodKey}`,
        ).toBe(r.total)
    }
  })

  it('keeps the order of the regions given and skips regions without a total', () => {
    const rows = composition(
      dataset,
      ['长沙市', '衡东县', '衡阳市'],
      'valid_invention_patents',
      ['valid_invention_patents_service'],
      '2025-07',
    )
    expect(rows.map((r) => r.region)).toEqual(['长沙市', '衡阳市'])
  })

  it('gives no shares of a zero total', () => {
    const ds = new Dataset(
      [obs('2022', 0, { indicator: 'patent_grants' }), obs('2022', 0, { indicator: 'invention_grants' })],
      loadCatalogue(),
    )
    const [c] = composition(ds, ['衡阳市'], 'patent_grants', ['invention_grants'], '2022')
    expect(c?.parts[0]?.share).toBeNull()
  })
})
