import type { Catalogue } from './catalogue'
import type { Problem } from './problem'

/** Which indicators the views put first: chosen by whoever publishes the data, in manifest.json. */
export interface ViewSettings {
  /** The region the dashboard is about. */
  readonly homeRegion: string
  /** The overview's KPI cards and the screen's KPI wall, in order; also the import template's figures. */
  readonly lead: readonly string[]
  /** The indicator the overview's trend chart opens on. */
  readonly trend: string
  /** The charts of the screen's trends page, in order. */
  readonly screenTrends: readonly string[]
  /** The flow the compare page ranks the cities by, at its latest table of them all. */
  readonly compareFlow: string
}

/** The manifest's fields these settings come from; all but `home_region` may be absent. */
export interface ViewSettingsFields {
  readonly home_region: string
  readonly lead?: readonly string[]
  readonly trend?: string
  readonly screen?: { readonly trends?: readonly string[] }
  readonly compare?: { readonly flow?: string }
}

// Manifests written before these fields existed (and versions a server already keeps) show what
// the office has always led with.
const EARLIER: Omit<ViewSettings, 'homeRegion'> = {
  lead: [
    'patent_grants',
    'valid_invention_patents',
    'pct_applications',
    'invention_grants',
    'invention_patents_per_10k',
    'valid_trademarks',
  ],
  trend: 'valid_invention_patents',
  screenTrends: ['valid_invention_patents', 'invention_patents_per_10k', 'valid_trademarks', 'patent_grants'],
  compareFlow: 'patent_grants',
}

const FILE = 'manifest.json'

/** Reads the settings, keeping the indicators the catalogue knows and a problem for each it does not. */
export function readViewSettings(
  fields: ViewSettingsFields,
  catalogue: Catalogue,
): { settings: ViewSettings; problems: Problem[] } {
  const problems: Problem[] = []
  const known = (id: unknown): id is string => {
    if (typeof id === 'string' && catalogue.indicator(id)) return true
    problems.push({ severity: 'warning', code: 'unknownIndicator', file: FILE, params: { value: String(id) } })
    return false
  }
  const list = (value: unknown, fallback: readonly string[]) =>
    Array.isArray(value) ? (value as unknown[]).filter(known) : fallback
  const one = (value: unknown, fallback: string) => (value === undefined ? fallback : known(value) ? value : fallback)
  return {
    settings: {
      homeRegion: fields.home_region,
      lead: list(fields.lead, EARLIER.lead),
      trend: one(fields.trend, EARLIER.trend),
      screenTrends: list(fields.screen?.trends, EARLIER.screenTrends),
      compareFlow: one(fields.compare?.flow, EARLIER.compareFlow),
    },
    problems,
  }
}
