import type { Dataset } from '../dataset'
import { byPeriod, type Observation } from '../observation'
import { rankBy, type Ranked } from './rank'
import { shares } from './share'

/** The province's cities ranked by an indicator at one period (only cities with a figure). */
export function cityRanking(
  dataset: Dataset,
  province: string,
  indicator: string,
  periodKey: string,
): Ranked<Observation>[] {
  const cities = new Set(dataset.catalogue.citiesOf(province).map((c) => c.name))
  const rows = dataset.crossSection(indicator, periodKey).filter((o) => cities.has(o.region))
  return rankBy(rows, (o) => o.value)
}

/**
 * The periods at which the indicator was tabled for the province's cities, oldest first. A table
 * must list every city that the province's tables usually list (more than half of the periods with
 * figures for two or more of its cities). A city they rarely list, such as a custom region an
 * analyst added, is ranked where it has a figure but never makes a table incomplete: requiring
 * every catalogue city would leave no table at all as soon as one of them has no figures.
 */
export function provinceTables(dataset: Dataset, province: string, indicator: string): readonly string[] {
  let known = tablesOf.get(dataset)
  if (!known) tablesOf.set(dataset, (known = new Map()))
  const key = `${province}\u0000${indicator}`
  let tables = known.get(key)
  if (!tables) known.set(key, (tables = findProvinceTables(dataset, province, indicator)))
  return tables
}

// A dataset never changes: the overview, its paragraph, its warnings and the rank card all ask for
// the same tables, which take a pass over every figure of the indicator (a million after a big import).
const tablesOf = new WeakMap<Dataset, Map<string, readonly string[]>>()

function findProvinceTables(dataset: Dataset, province: string, indicator: string): string[] {
  const cities = dataset.catalogue.citiesOf(province).map((c) => c.name)
  // Which of the province's cities each period lists (from the dataset's index of cities, never a
  // pass over every figure), and a figure of it to order the periods by.
  const listed = dataset
    .cityPeriods(indicator)
    .map(({ cities: listing, at }) => ({ have: new Set(cities.filter((c) => listing.has(c))), at }))
    .filter((l) => l.have.size >= 2)
  const usual = cities.filter((c) => listed.filter((l) => l.have.has(c)).length * 2 > listed.length)
  if (usual.length < 2) return []
  return listed
    .filter((l) => usual.every((c) => l.have.has(c)))
    .map((l) => l.at)
    .sort(byPeriod)
    .map((o) => o.periodKey)
}

export interface RankAt {
  readonly periodKey: string
  readonly rank: number
  readonly of: number
  readonly value: number
}

/** A city's rank among the province's cities with a figure, at every period they were tabled. */
export function rankHistory(dataset: Dataset, province: string, region: string, indicator: string): RankAt[] {
  return provinceTables(dataset, province, indicator).flatMap((periodKey) => {
    const ranked = cityRanking(dataset, province, indicator, periodKey)
    const mine = ranked.find((r) => r.item.region === region)
    return mine ? [{ periodKey, rank: mine.rank, of: ranked.length, value: mine.value }] : []
  })
}

export interface Composition {
  readonly region: string
  readonly total: number
  /** Part indicator ids in the order given, with their values and shares of the total. */
  readonly parts: readonly { readonly indicator: string; readonly value: number; readonly share: number | null }[]
}

/**
 * How each city's total splits into parts (e.g. holder types), cities in the order of `regions`;
 * a city with no total, or with none of the parts, is left out.
 */
export function composition(
  dataset: Dataset,
  regions: readonly string[],
  totalIndicator: string,
  partIndicators: readonly string[],
  periodKey: string,
): Composition[] {
  const valueOf = (region: string, indicator: string) =>
    dataset.seriesOf(region, indicator, 'actual').find((o) => o.periodKey === periodKey)?.value
  return regions.flatMap((region) => {
    const total = valueOf(region, totalIndicator)
    const found = partIndicators.map((p) => valueOf(region, p))
    // A region with no part published (a custom city with its total only) has nothing to split.
    if (total === undefined || found.every((v) => v === undefined)) return []
    const values = found.map((v) => v ?? 0)
    const s = shares(values, total)
    return [
      {
        region,
        total,
        parts: partIndicators.map((indicator, i) => ({ indicator, value: values[i] ?? 0, share: s[i] ?? null })),
      },
    ]
  })
}
