import { describe, expect, it } from 'vitest'
import { cityRanking, composition, provinceTables, rankHistory } from '@/domain/province/compare'
import { Dataset } from '@/domain/dataset'
import type { Region } from '@/domain/catalogue'
import { loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const { dataset } = loadEmbedded()
const LONG = '湘江新区国家级新区知识产权综合试点示范区'
const custom: Region = { name: LONG, nameEn: LONG, level: 'city', parent: '湖南省', aliases: [] }
const catalogue = dataset.catalogue.extendedWith([], [custom])
// Made-up test figure, never published: the custom city's density in the 2025-07 table.
const customFigure = obs('2025-07', 80, { region: LONG, indicator: 'invention_patents_per_10k', unit: '件/万人' })

describe('a custom city under 湖南省', () => {
  it('with no figure leaves 衡阳’s rank history and the table dates as they were', () => {
    const withCustom = new Dataset(dataset.observations, catalogue)
    expect(rankHistory(withCustom, '湖南省', '衡阳市', 'invention_patents_per_10k')).toEqual([
      { periodKey: '2020-11', rank: 7, of: 14, value: 2.6 },
      { periodKey: '2021-02', rank: 7, of: 14, value: 2.76 },
      { periodKey: '2025-07', rank: 6, of: 14, value: 7.08 },
    ])
    expect(provinceTables(withCustom, '湖南省', 'valid_invention_patents')).toEqual(['2020-11', '2021-02', '2025-07'])
    expect(provinceTables(withCustom, '湖南省', 'patent_grants')).toEqual(['2023-08..08', '2023-01..08'])
  })

  it('with a figure in one table is ranked there, and the other tables still count', () => {
    const withCustom = new Dataset([...dataset.observations, customFigure], catalogue)
    expect(rankHistory(withCustom, '湖南省', '衡阳市', 'invention_patents_per_10k')).toEqual([
      { periodKey: '2020-11', rank: 7, of: 14, value: 2.6 },
      { periodKey: '2021-02', rank: 7, of: 14, value: 2.76 },
      { periodKey: '2025-07', rank: 7, of: 15, value: 7.08 },
    ])
    const ranked = cityRanking(withCustom, '湖南省', 'invention_patents_per_10k', '2025-07')
    expect(ranked[0]?.item.region).toBe(LONG)
  })

  it('still needs every city the tables usually list: a table without one is not a table', () => {
    const withoutChangsha = new Dataset(
      dataset.observations.filter((o) => !(o.region === '长沙市' && o.periodKey === '2020-11')),
      catalogue,
    )
    expect(provinceTables(withoutChangsha, '湖南省', 'invention_patents_per_10k')).toEqual(['2021-02', '2025-07'])
    expect(provinceTables(dataset, '湖南省', 'valid_trademarks')).toEqual([])
  })
})

describe('the holder composition with a custom city that has a total only', () => {
  it('leaves the city out rather than showing zeros for parts it never had', () => {
    // Made-up test figure, never published: the custom city's valid invention patents.
    const total = obs('2025-07', 6000, { region: LONG, indicator: 'valid_invention_patents' })
    const withCustom = new Dataset([...dataset.observations, total], catalogue)
    const rows = composition(
      withCustom,
      ['衡阳市', LONG],
      'valid_invention_patents',
      ['valid_invention_patents_service', 'valid_invention_patents_individual'],
      '2025-07',
    )
    expect(rows.map((r) => r.region)).toEqual(['衡阳市'])
  })
})
