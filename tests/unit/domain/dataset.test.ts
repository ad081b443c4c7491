import { describe, it, expect } from 'vitest'
import { Dataset } from '@/domain/dataset'
import { loadCatalogue, loadEmbedded } from '../../support/embedded'
import { obs } from '../../support/obsFixture'

const { dataset } = loadEmbedded()

describe('Dataset.seriesOf', () => {
  it("gives 衡阳's valid invention patents oldest first", () => {
    expect(dataset.seriesOf('衡阳市', 'valid_invention_patents').map((o) => [o.periodKey, o.value])).toEqual([
      ['2019', 1623],
      ['2020-11', 1897],
      ['2021-02', 2018],
      ['2022-10', 3001],
      ['2022', 3176],
      ['2025-07', 4558],
    ])
  })

  it('filters by status', () => {
    expect(dataset.seriesOf('衡东县', 'patent_grants').map((o) => o.status)).toEqual(['estimate'])
    expect(dataset.seriesOf('衡东县', 'patent_grants', 'actual')).toEqual([])
    expect(dataset.seriesOf('衡阳市', 'geographical_indications', 'target').map((o) => o.value)).toEqual([16])
  })

  it('gives an empty series for a region or indicator without figures', () => {
    expect(dataset.seriesOf('衡阳县', 'patent_grants')).toEqual([])
    expect(dataset.seriesOf('衡阳市', 'no_such_indicator')).toEqual([])
  })
})

describe('Dataset.crossSection', () => {
  it("gives every region's actual figure for exactly one period", () => {
    const section = dataset.crossSection('valid_invention_patents', '2025-07')
    expect(section).toHaveLength(16)
    const byRegion = new Map(section.map((o) => [o.region, o.value]))
    expect(byRegion.get('长沙市')).toBe(81989)
    expect(byRegion.get('衡阳市')).toBe(4558)
    expect(byRegion.get('湖南省')).toBe(129829)
    expect(byRegion.get('湖南省其他')).toBe(9)
  })

  it('leaves out targets and estimates', () => {
    expect(dataset.crossSection('geographical_indications', '2026')).toEqual([])
    expect(dataset.crossSection('patent_grants', '2020')).toEqual([])
  })

  it('does not mix a year figure with the month figures of the same year', () => {
    expect(
      dataset
        .crossSection('valid_invention_patents', '2022')
        .map((o) => o.region)
        .sort(),
    ).toEqual(['湖南省', '衡阳市'].sort())
  })
})

describe('Dataset.tableDates', () => {
  const cities = () => dataset.catalogue.citiesOf('湖南省').map((c) => c.name)

  it('finds the three province-wide tables of valid invention patents per 10k', () => {
    expect(dataset.tableDates('invention_patents_per_10k', cities())).toEqual(['2020-11', '2021-02', '2025-07'])
  })

  it('finds the monthly grants tables and nothing for a one-off figure', () => {
    expect(dataset.tableDates('patent_grants', cities())).toEqual(['2023-08..08', '2023-01..08'])
    expect(dataset.tableDates('valid_trademarks', cities())).toEqual([])
    expect(dataset.tableDates('valid_trademarks', ['衡阳市'])).toEqual(['2022-10', '2022'])
  })

  it('needs every city: the province total and the unallocated row do not stand in for a missing city', () => {
    const withoutChangsha = new Dataset(
      dataset.observations.filter((o) => !(o.region === '长沙市' && o.periodKey === '2020-11')),
      dataset.catalogue,
    )
    expect(withoutChangsha.tableDates('invention_patents_per_10k', cities())).toEqual(['2021-02', '2025-07'])
  })
})

describe('Dataset.indicatorsOf and regionsWithData', () => {
  it('lists the indicators published for 衡东县', () => {
    expect([...dataset.indicatorsOf('衡东县')].sort()).toEqual([
      'invention_patents_per_10k',
      'patent_applications',
      'patent_grants',
      'valid_invention_patents',
    ])
  })

  it('lists the 17 regions with any figure: the province, its unallocated remainder, 14 cities and 衡东县', () => {
    const regions = dataset.regionsWithData()
    expect(regions.size).toBe(17)
    for (const city of dataset.catalogue.citiesOf('湖南省')) expect(regions.has(city.name)).toBe(true)
    expect(regions.has('衡东县')).toBe(true)
    expect(regions.has('衡阳县')).toBe(false)
  })
})

describe('Dataset built from unsorted observations', () => {
  it('sorts each series and holds every figure once', () => {
    const list = [obs('2023-01..08', 3018), obs('2022', 5183), obs('2023-08..08', 362)]
    const ds = new Dataset(list, loadCatalogue())
    expect(ds.observations.map((o) => o.periodKey)).toEqual(['2022', '2023-08..08', '2023-01..08'])
    expect(ds.seriesOf('衡阳市', 'patent_grants').map((o) => o.periodKey)).toEqual([
      '2022',
      '2023-08..08',
      '2023-01..08',
    ])
  })
})

describe('Dataset.layered', () => {
  it('lets a later layer replace a figure of the same key and keeps the rest of both', async () => {
    const published = [obs('2022', 5183), obs('2022', 42, { indicator: 'pct_applications' })]
    const imported = [obs('2022', 5200), obs('2023', 5600)]
    const layer = (l: typeof published) => ({ length: l.length, at: (i: number) => l[i]! })
    let pauses = 0
    const ds = await Dataset.layered(
      [layer(published), layer(imported)],
      loadCatalogue(),
      () => Promise.resolve(void pauses++),
      1,
    )
    expect(ds.seriesOf('衡阳市', 'patent_grants').map((o) => [o.periodKey, o.value])).toEqual([
      ['2022', 5200],
      ['2023', 5600],
    ])
    expect(ds.seriesOf('衡阳市', 'pct_applications').map((o) => o.value)).toEqual([42])
    expect(ds.observations).toHaveLength(3)
    expect(pauses).toBeGreaterThanOrEqual(4)
  })

  it('keeps an estimate and an actual of the same period apart', async () => {
    const list = [obs('2020', 320, { status: 'estimate' }), obs('2020', 300)]
    const ds = await Dataset.layered([{ length: 2, at: (i) => list[i]! }], loadCatalogue())
    expect(ds.seriesOf('衡阳市', 'patent_grants').map((o) => [o.status, o.value])).toEqual([
      ['actual', 300],
      ['estimate', 320],
    ])
  })
})
