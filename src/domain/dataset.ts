import type { Catalogue } from './catalogue'
import { byPeriod, STATUSES, type Observation, type Status } from './observation'

/** Figures to merge: an array, or columns read one figure at a time. */
export interface Layer {
  readonly length: number
  at(i: number): Observation
}

export const arrayLayer = (list: readonly Observation[]): Layer => ({
  length: list.length,
  at: (i) => list[i] as Observation,
})

const seriesKey = (region: string, indicator: string) => `${region}\u0000${indicator}`

/** Series keys remembered by region and indicator: a million figures build a few hundred strings, not a million. */
class SeriesKeys {
  private readonly keys = new Map<string, Map<string, string>>()
  of(region: string, indicator: string): string {
    let byIndicator = this.keys.get(region)
    if (!byIndicator) this.keys.set(region, (byIndicator = new Map()))
    let key = byIndicator.get(indicator)
    if (key === undefined) byIndicator.set(indicator, (key = seriesKey(region, indicator)))
    return key
  }
}

/** Observations indexed once by region and indicator, each series in chronological order. */
export class Dataset {
  private readonly series = new Map<string, Observation[]>()
  private readonly byIndicatorPeriod = new Map<string, Map<string, Observation[]>>()
  // Per-region summaries, kept while indexing so views never scan every figure.
  private readonly regionIndicators = new Map<string, Set<string>>()
  private readonly regionYears = new Map<string, Set<number>>()
  // The cities with an actual figure of each indicator and period: the province's tables are found
  // from these, not from every figure (a township-level file adds none).
  private readonly citiesAt = new Map<string, Map<string, Set<string>>>()
  private readonly targets: Observation[] = []

  constructor(
    observations: readonly Observation[],
    readonly catalogue: Catalogue,
  ) {
    for (const o of observations) push(this.series, seriesKey(o.region, o.indicator), o)
    for (const [key, list] of this.series) this.settle(key, list)
  }

  /**
   * Merges layers of figures, a later layer replacing an earlier one's figure of the same key
   * (published data, then each import in order), pausing every `batch` figures so a page can
   * stay responsive while a million figures are indexed. No million-entry map is ever built:
   * figures are grouped into their series, and each series is settled on its own.
   */
  static async layered(
    layers: readonly Layer[],
    catalogue: Catalogue,
    pause: () => Promise<void> = () => Promise.resolve(),
    batch = 5_000,
  ): Promise<Dataset> {
    const ds = new Dataset([], catalogue)
    const keys = new SeriesKeys()
    let n = 0
    for (const layer of layers) {
      for (let i = 0; i < layer.length; i++) {
        const o = layer.at(i)
        push(ds.series, keys.of(o.region, o.indicator), o)
        if (++n % batch === 0) await pause()
      }
    }
    n = 0
    for (const [key, list] of ds.series) {
      ds.settle(key, list)
      n += list.length
      if (n >= batch) {
        n = 0
        await pause()
      }
    }
    return ds
  }

  /**
   * Orders a series by period, keeps the last-added figure of each period and status (the
   * latest layer wins), and indexes what remains.
   */
  private settle(key: string, list: Observation[]) {
    // A stable sort keeps insertion order among equal periods, so the last of a run is the newest.
    // Files list a series in order as a rule: checking that costs one comparison a figure.
    if (!isOrdered(list)) list.sort(seriesOrder)
    const kept: Observation[] = []
    for (let i = 0; i < list.length; i++) {
      const o = list[i] as Observation
      const next = list[i + 1]
      if (next && next.periodKey === o.periodKey && next.status === o.status) continue
      kept.push(o)
    }
    this.series.set(key, kept)
    this.index(kept)
  }

  /** Indexes a settled series: its figures share one region and one indicator, looked up once. */
  private index(list: readonly Observation[]) {
    const first = list[0]
    if (!first) return
    const { region, indicator } = first
    let periods = this.byIndicatorPeriod.get(indicator)
    if (!periods) this.byIndicatorPeriod.set(indicator, (periods = new Map()))
    let indicators = this.regionIndicators.get(region)
    if (!indicators) this.regionIndicators.set(region, (indicators = new Set()))
    indicators.add(indicator)
    const isCity = this.catalogue.region(region)?.level === 'city'
    let years: Set<number> | undefined
    let citiesByPeriod: Map<string, Set<string>> | undefined
    for (const o of list) {
      push(periods, o.periodKey, o)
      if (o.status === 'actual') {
        years ??= this.regionYears.get(region)
        if (!years) this.regionYears.set(region, (years = new Set()))
        years.add(o.period.year)
        if (!isCity) continue
        citiesByPeriod ??= this.citiesAt.get(indicator)
        if (!citiesByPeriod) this.citiesAt.set(indicator, (citiesByPeriod = new Map()))
        let cities = citiesByPeriod.get(o.periodKey)
        if (!cities) citiesByPeriod.set(o.periodKey, (cities = new Set()))
        cities.add(region)
      } else if (o.status === 'target') this.targets.push(o)
    }
  }

  /**
   * Each period at which a city has an actual figure of the indicator, with those cities and a
   * figure of the period (to order periods by).
   */
  cityPeriods(indicator: string): { readonly cities: ReadonlySet<string>; readonly at: Observation }[] {
    const out: { cities: ReadonlySet<string>; at: Observation }[] = []
    const periods = this.byIndicatorPeriod.get(indicator)
    for (const [periodKey, cities] of this.citiesAt.get(indicator) ?? []) {
      const at = periods?.get(periodKey)?.[0]
      if (at) out.push({ cities, at })
    }
    return out
  }

  /** Every figure, series by series (each oldest first); gathered when asked (an export), not kept twice. */
  get observations(): readonly Observation[] {
    return [...this.series.values()].flat()
  }

  /** A region's figures of one indicator, oldest first; optionally of one status only. */
  seriesOf(region: string, indicator: string, status?: Status): readonly Observation[] {
    const all = this.series.get(seriesKey(region, indicator)) ?? []
    return status ? all.filter((o) => o.status === status) : all
  }

  /** Every region's actual figure of an indicator for exactly that period. */
  crossSection(indicator: string, periodKey: string): readonly Observation[] {
    return (this.byIndicatorPeriod.get(indicator)?.get(periodKey) ?? []).filter((o) => o.status === 'actual')
  }

  /** Every period key at which the indicator has a figure, in no particular order. */
  periodsOf(indicator: string): string[] {
    return [...(this.byIndicatorPeriod.get(indicator)?.keys() ?? [])]
  }

  /** Period keys at which an indicator was published for every one of `regions` (a province's city table). */
  tableDates(indicator: string, regions: readonly string[]): string[] {
    const out: Observation[] = []
    if (regions.length === 0) return []
    const wanted = new Set(regions)
    // Cities' tables come from the index of cities; other regions' from their figures.
    if ([...wanted].every((r) => this.catalogue.region(r)?.level === 'city'))
      return this.cityPeriods(indicator)
        .filter(({ cities }) => [...wanted].every((r) => cities.has(r)))
        .map(({ at }) => at)
        .sort(byPeriod)
        .map((o) => o.periodKey)
    for (const list of this.byIndicatorPeriod.get(indicator)?.values() ?? []) {
      const have = new Set<string>()
      for (const o of list) if (o.status === 'actual' && wanted.has(o.region)) have.add(o.region)
      if (have.size === wanted.size) out.push(list[0] as Observation)
    }
    return out.sort(byPeriod).map((o) => o.periodKey)
  }

  /** Indicators with at least one figure for the region. */
  indicatorsOf(region: string): ReadonlySet<string> {
    return this.regionIndicators.get(region) ?? new Set()
  }

  /** Regions with at least one figure. */
  regionsWithData(): ReadonlySet<string> {
    return new Set(this.regionIndicators.keys())
  }

  /** Years in which the region has an actual figure, newest first. */
  yearsOf(region: string): number[] {
    return [...(this.regionYears.get(region) ?? [])].sort((x, y) => y - x)
  }

  /** Every target set for the region. */
  targetsOf(region: string): readonly Observation[] {
    return this.targets.filter((o) => o.region === region)
  }
}

const seriesOrder = (x: Observation, y: Observation) =>
  byPeriod(x, y) ||
  (x.periodKey < y.periodKey ? -1 : x.periodKey > y.periodKey ? 1 : 0) ||
  STATUSES.indexOf(x.status) - STATUSES.indexOf(y.status)

function isOrdered(list: readonly Observation[]): boolean {
  for (let i = 1; i < list.length; i++)
    if (seriesOrder(list[i - 1] as Observation, list[i] as Observation) > 0) return false
  return true
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
