import type { Catalogue } from './catalogue'
import { byPeriod, observationKey, type Observation, type Status } from './observation'

/** Figures to merge: an array, or columns read one figure at a time. */
export interface Layer {
  readonly length: number
  at(i: number): Observation
}

export const arrayLayer = (list: readonly Observation[]): Layer => ({ length: list.length, at: (i) => list[i] as Observation })

const seriesKey = (region: string, indicator: string) => `${region}\u0000${indicator}`

/** Observations indexed once by region and indicator, each series in chronological order. */
export class Dataset {
  readonly observations: readonly Observation[]
  private readonly series = new Map<string, Observation[]>()
  private readonly byIndicatorPeriod = new Map<string, Observation[]>()

  constructor(
    observations: readonly Observation[],
    readonly catalogue: Catalogue,
    indexNow = true,
  ) {
    this.observations = observations
    if (!indexNow) return
    for (const o of observations) this.index(o)
    this.sortSeries()
  }

  /**
   * Merges layers of figures, a later layer replacing an earlier one's figure of the same key
   * (published data, then each import in order), pausing every `batch` figures so a page can
   * stay responsive while a million figures are indexed.
   */
  static async layered(layers: readonly Layer[], catalogue: Catalogue, pause: () => Promise<void> = () => Promise.resolve(), batch = 20_000): Promise<Dataset> {
    const byKey = new Map<string, Observation>()
    let n = 0
    for (const layer of layers) {
      for (let i = 0; i < layer.length; i++) {
        const o = layer.at(i)
        byKey.set(observationKey(o), o)
        if (++n % batch === 0) await pause()
      }
    }
    const ds = new Dataset([...byKey.values()], catalogue, false)
    for (let i = 0; i < ds.observations.length; i++) {
      ds.index(ds.observations[i] as Observation)
      if ((i + 1) % batch === 0) await pause()
    }
    ds.sortSeries()
    return ds
  }

  private sortSeries() {
    for (const s of this.series.values()) s.sort(byPeriod)
  }

  private index(o: Observation) {
    push(this.series, seriesKey(o.region, o.indicator), o)
    push(this.byIndicatorPeriod, `${o.indicator}\u0000${o.periodKey}`, o)
  }

  /** A region's figures of one indicator, oldest first; optionally of one status only. */
  seriesOf(region: string, indicator: string, status?: Status): readonly Observation[] {
    const all = this.series.get(seriesKey(region, indicator)) ?? []
    return status ? all.filter((o) => o.status === status) : all
  }

  /** Every region's actual figure of an indicator for exactly that period. */
  crossSection(indicator: string, periodKey: string): readonly Observation[] {
    return (this.byIndicatorPeriod.get(`${indicator}\u0000${periodKey}`) ?? []).filter((o) => o.status === 'actual')
  }

  /** Period keys at which an indicator was published for every one of `regions` (a province's city table). */
  tableDates(indicator: string, regions: readonly string[]): string[] {
    const out: Observation[] = []
    for (const [key, list] of this.byIndicatorPeriod) {
      if (!key.startsWith(`${indicator}\u0000`) || regions.length === 0) continue
      const have = new Set(list.filter((o) => o.status === 'actual').map((o) => o.region))
      if (regions.every((r) => have.has(r))) out.push(list[0] as Observation)
    }
    return out.sort(byPeriod).map((o) => o.periodKey)
  }

  /** Indicators with at least one figure for the region. */
  indicatorsOf(region: string): Set<string> {
    const ids = new Set<string>()
    for (const o of this.observations) if (o.region === region) ids.add(o.indicator)
    return ids
  }

  /** Regions with at least one figure. */
  regionsWithData(): Set<string> {
    return new Set(this.observations.map((o) => o.region))
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
