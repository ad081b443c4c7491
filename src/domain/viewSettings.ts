import type { Dataset } from './dataset'
import type { IndicatorKind } from './catalogue'
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
  /** The indicator a city's rank in its province is told by (the overview's rank panel). */
  readonly rank: string
  /** The flow the compare page ranks the cities by, at its latest table of them all. */
  readonly compareFlow: string
  /** The stock the compare page ranks and splits by holder; its table dates are the page's dates. */
  readonly compareCount: string
  /** The density the compare page ranks the cities by, and tells the home city's rank over time by. */
  readonly compareDensity: string
  /** The population the density is per, whose differing bases the compare page notes. */
  readonly comparePopulation: string
}

/** The manifest's fields these settings come from; all but `home_region` may be absent. */
export interface ViewSettingsFields {
  readonly home_region: string
  readonly lead?: readonly string[]
  readonly trend?: string
  readonly rank?: string
  readonly screen?: { readonly trends?: readonly string[] }
  readonly compare?: {
    readonly flow?: string
    readonly count?: string
    readonly density?: string
    readonly population?: string
  }
}

const FILE = 'manifest.json'
const LEAD_SIZE = 6
const SCREEN_TRENDS_SIZE = 4

/**
 * What a manifest leaves out is derived from the data (see the README's Data section): manifests
 * written before a field existed, and versions a server already keeps, still show something sensible.
 */
function derived(dataset: Dataset, homeRegion: string) {
  const { catalogue } = dataset
  const indicators = [...catalogue.indicators.values()]
  const province = catalogue.region(homeRegion)?.parent ?? ''
  const cities = catalogue.citiesOf(province).map((c) => c.name)
  const mostTabled = (kind: IndicatorKind) =>
    indicators
      .filter((i) => i.kind === kind)
      .map((i) => ({ id: i.id, dates: dataset.tableDates(i.id, cities).length }))
      .reduce<{ id: string; dates: number }>((best, i) => (i.dates > best.dates ? i : best), { id: '', dates: 0 }).id
  const lead = indicators
    .filter((i) => !i.parent && dataset.seriesOf(homeRegion, i.id, 'actual').length > 0)
    .slice(0, LEAD_SIZE)
    .map((i) => i.id)
  return { lead, flow: mostTabled('flow'), count: mostTabled('stock'), density: mostTabled('ratio') }
}

/** The first stock counted in the unit a density is per: 件/万人 is per 万人 of 常住人口. */
function populationOf(dataset: Dataset, density: string): string {
  const denominator = dataset.catalogue.indicator(density)?.unit.split('/')[1]
  if (!denominator) return ''
  return [...dataset.catalogue.indicators.values()].find((i) => i.kind === 'stock' && i.unit === denominator)?.id ?? ''
}

/**
 * Reads the settings, keeping the indicators the catalogue knows and a problem for each it does not;
 * what the manifest leaves out (or names wrongly) is derived from the dataset.
 */
export function readViewSettings(
  fields: ViewSettingsFields,
  dataset: Dataset,
): { settings: ViewSettings; problems: Problem[] } {
  const problems: Problem[] = []
  const known = (id: unknown): id is string => {
    if (typeof id === 'string' && dataset.catalogue.indicator(id)) return true
    problems.push({ severity: 'warning', code: 'unknownIndicator', file: FILE, params: { value: String(id) } })
    return false
  }
  const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]).filter(known) : undefined)
  const one = (value: unknown) => (value !== undefined && known(value) ? value : undefined)
  const lead = list(fields.lead)
  const trend = one(fields.trend)
  const screenTrends = list(fields.screen?.trends)
  const rank = one(fields.rank)
  const compare = {
    flow: one(fields.compare?.flow),
    count: one(fields.compare?.count),
    density: one(fields.compare?.density),
    population: one(fields.compare?.population),
  }
  // Derived only when the manifest leaves something out: it walks every indicator's tables.
  let cached: ReturnType<typeof derived> | undefined
  const fallback = () => (cached ??= derived(dataset, fields.home_region))
  const leadOrDerived = lead ?? fallback().lead
  const density = compare.density ?? fallback().density
  return {
    settings: {
      homeRegion: fields.home_region,
      lead: leadOrDerived,
      trend: trend ?? leadOrDerived[0] ?? '',
      screenTrends: screenTrends ?? leadOrDerived.slice(0, SCREEN_TRENDS_SIZE),
      rank: rank ?? density,
      compareFlow: compare.flow ?? fallback().flow,
      compareCount: compare.count ?? fallback().count,
      compareDensity: density,
      comparePopulation: compare.population ?? populationOf(dataset, density),
    },
    problems,
  }
}
