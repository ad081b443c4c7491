import { describe, expect, it } from 'vitest'
import { readViewSettings } from '@/domain/viewSettings'
import { loadCatalogue, loadEmbedded } from '../../support/embedded'

const catalogue = loadCatalogue()
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
      compareFlow: 'patent_grants',
    })
    expect(problems.filter((p) => p.file === 'manifest.json')).toEqual([])
  })

  it('keep a manifest written before they existed showing what it always showed', () => {
    const { settings, problems } = readViewSettings({ home_region: '衡阳市' }, catalogue)
    expect(settings).toEqual(loadEmbedded().settings)
    expect(problems).toEqual([])
  })

  it('drop an indicator the catalogue lacks, with a warning naming it', () => {
    const { settings, problems } = readViewSettings(
      { home_region: '衡阳市', lead: ['patent_grants', 'no_such'], compare: { flow: 'nope' } },
      catalogue,
    )
    expect(settings.lead).toEqual(['patent_grants'])
    expect(settings.compareFlow).toBe('patent_grants')
    expect(problems.map((p) => [p.severity, p.code, p.file, p.params?.value])).toEqual([
      ['warning', 'unknownIndicator', 'manifest.json', 'no_such'],
      ['warning', 'unknownIndicator', 'manifest.json', 'nope'],
    ])
  })
})
