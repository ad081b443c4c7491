import type { Dataset } from '../dataset'
import { parsePeriod } from '../period'

/** A population figure a run of tables divided by, and the years of those tables. */
export interface PopulationBase {
  readonly fromYear: number
  readonly toYear: number
  readonly value: number
  readonly unit: string
}

/**
 * The region's population at each of a density's table dates, consecutive tables with the same
 * figure merged: more than one base means densities of different tables are not strictly comparable.
 */
export function populationBases(
  dataset: Dataset,
  region: string,
  population: string,
  tableDates: readonly string[],
): PopulationBase[] {
  const series = dataset.seriesOf(region, population, 'actual')
  const bases: PopulationBase[] = []
  for (const key of tableDates) {
    const figure = series.find((o) => o.periodKey === key)
    const year = parsePeriod(key)?.year
    if (!figure || year === undefined) continue
    const last = bases.at(-1)
    if (last && last.value === figure.value && last.unit === figure.unit)
      bases[bases.length - 1] = { ...last, toYear: year }
    else bases.push({ fromYear: year, toYear: year, value: figure.value, unit: figure.unit })
  }
  return bases
}
