import { describe, expect, it } from 'vitest'
import { readViewSettings } from '@/domain/viewSettings'
import { Dataset } from '@/domain/dataset'
import { parseLongTable } from '@/domain/observation'
import { loadCatalogue, loadEmbedded } from '../../support/embedded'

const catalogue = loadCatalogue()
const { dataset } = loadEmbedded()
const cities = catalogue.citiesOf('湖南省').map((c) => c.name)

/** A dataset of made-up test figures (never published): `[region, period, indicator]` rows, each valued 1. */
function datasetOf(rows: readonly (readonly [string, string, string])[]): Dataset {
  const table = [['region', 'period', 'indicator', 'value'], ...rows.map((r) => [...r, '1'])]
  return new Dataset(parseLongTable(table, catalogue, 'test.csv').observations, catalogue)
}
const everyCity = (period: string, indicator: string) => cities.map((c) => [c, period, indicator] as const)
const LEAD = [
  'patent_grants',
  'valid_invention_patents',
  'pct_applications',
  'invention_grants',
  'invention_patents_per_10k',
  'valid_trademarks',
]

describe('view settings from manifest.json', () => {
  it('are what data/manifest.json names', () => {
    const { settings, problems } = loadEmbedded()
    expect(settings).toEqual({
      homeRegion: '衡阳市',
      lead: LEAD,
      trend: 'valid_invention_patents',
      screenTrends: ['valid_invention_patents', 'invention_patents_per_10k', 'valid_trademarks', 'patent_grants'],
      rank: 'invention_patents_per_10k',
      compareFlow: 'patent_grants',
      compareCount: 'valid_invention_patents',
      compareDensity: 'invention_patents_per_10k',
      comparePopulation: 'resident_population',
    })
    expect(problems.filter((p) => p.file === 'manifest.json')).toEqual([])
  })

  it('derive what a manifest written before them leaves out from the data', () => {
    const { settings, problems } = readViewSettings({ home_region: '衡阳市' }, dataset)
    expect(settings).toEqual({
      homeRegion: '衡阳市',
      // The home region's indicators with actual figures that are no part of another, in catalogue order.
      lead: [
        'patent_grants',
        'valid_invention_patents',
        'invention_patents_per_10k',
        'pct_applications',
        'valid_trademarks',
        'resident_population',
      ],
      trend: 'patent_grants',
      screenTrends: ['patent_grants', 'valid_invention_patents', 'invention_patents_per_10k', 'pct_applications'],
      rank: 'invention_patents_per_10k',
      compareFlow: 'patent_grants',
      compareCount: 'valid_invention_patents',
      compareDensity: 'invention_patents_per_10k',
      comparePopulation: 'resident_population',
    })
    expect(problems).toEqual([])
  })

  it('pick for the compare page the flow, stock and ratio tabled for every city most often', () => {
    const ds = datasetOf([
      ...everyCity('2023-01..08', 'design_grants'),
      ...everyCity('2023-01..09', 'design_grants'),
      ...everyCity('2023-01..08', 'patent_grants'),
      ...everyCity('2022', 'valid_trademarks'),
      ...everyCity('2023', 'valid_trademarks'),
      ...everyCity('2022', 'valid_invention_patents'),
      ...everyCity('2022', 'high_value_invention_patents_per_10k'),
      ...everyCity('2023', 'high_value_invention_patents_per_10k'),
      ...everyCity('2022', 'invention_patents_per_10k').slice(1),
      ['衡阳市', '2022', 'valid_trademarks'],
    ])
    const { settings } = readViewSettings({ home_region: '衡阳市' }, ds)
    expect(settings).toMatchObject({
      // design_grants is part of patent_grants: no lead of its own.
      lead: [
        'patent_grants',
        'valid_invention_patents',
        'invention_patents_per_10k',
        'high_value_invention_patents_per_10k',
        'valid_trademarks',
      ],
      compareFlow: 'design_grants',
      compareCount: 'valid_trademarks',
      compareDensity: 'high_value_invention_patents_per_10k',
      rank: 'high_value_invention_patents_per_10k',
      comparePopulation: 'resident_population',
    })
  })

  it('follow the manifest’s choices where it makes them: trend and screen from its lead, rank from its density', () => {
    const { settings } = readViewSettings(
      {
        home_region: '衡阳市',
        lead: ['valid_trademarks', 'pct_applications'],
        compare: { density: 'high_value_invention_patents_per_10k' },
      },
      dataset,
    )
    expect(settings).toMatchObject({
      trend: 'valid_trademarks',
      screenTrends: ['valid_trademarks', 'pct_applications'],
      rank: 'high_value_invention_patents_per_10k',
      compareDensity: 'high_value_invention_patents_per_10k',
      comparePopulation: 'resident_population',
    })
  })

  it('drop an indicator the catalogue lacks, with a warning naming it', () => {
    const { settings, problems } = readViewSettings(
      { home_region: '衡阳市', lead: ['patent_grants', 'no_such'], compare: { flow: 'nope' } },
      dataset,
    )
    expect(settings.lead).toEqual(['patent_grants'])
    expect(settings.compareFlow).toBe('patent_grants')
    expect(problems.map((p) => [p.severity, p.code, p.file, p.params?.value])).toEqual([
      ['warning', 'unknownIndicator', 'manifest.json', 'no_such'],
      ['warning', 'unknownIndicator', 'manifest.json', 'nope'],
    ])
  })
})
