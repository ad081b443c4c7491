import type { Dataset } from './dataset'
import type { Observation } from './observation'
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

export interface RankAt {
  readonly periodKey: string
  readonly rank: number
  readonly of: number
  readonly value: number
}

/** A city's rank among the province's cities at every period the indicator was tabled for them all. */
export function rankHistory(dataset: Dataset, province: string, region: string, indicator: string): RankAt[] {
  const cities = dataset.catalogue.citiesOf(province).map((c) => c.name)
  return dataset.tableDates(indicator, cities).flatMap((periodKey) => {
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

/** How each city's total splits into parts (e.g. holder types), cities in the order of `regions`. */
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
    if (total === undefined) return []
    const values = partIndicators.map((p) => valueOf(region, p) ?? 0)
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
