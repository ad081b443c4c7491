import type { Dataset } from '../dataset'
import { provinceTables } from './compare'

export interface RegionFigure {
  readonly region: string
  readonly value: number | null
}

/** Each region's actual figure of an indicator at exactly one period; null where the data has none. */
export function regionFigures(
  dataset: Dataset,
  regions: readonly string[],
  indicator: string,
  periodKey: string,
): RegionFigure[] {
  const found = new Map(dataset.crossSection(indicator, periodKey).map((o) => [o.region, o.value]))
  return regions.map((region) => ({ region, value: found.get(region) ?? null }))
}

/** Of the candidates, each once, those the province tabled for its cities at some date: what a map can show. */
export function mappableIndicators(dataset: Dataset, province: string, candidates: readonly string[]): string[] {
  return [...new Set(candidates)].filter((id) => id !== '' && provinceTables(dataset, province, id).length > 0)
}
