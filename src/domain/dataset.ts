import type { Catalogue } from './catalogue'
import { byPeriod, type Observation, type Status } from './observation'

const seriesKey = (region: string, indicator: string) => `${region}\u0000${indicator}`

/** Observations indexed once by region and indicator, each series in chronological order. */
export class Dataset {
  readonly observations: readonly Observation[]
  private readonly series = new Map<string, Observation[]>()
  private readonly byIndicatorPeriod = new Map<string, Observation[]>()

  constructor(
    observations: readonly Observation[],
    readonly catalogue: Catalogue,
  ) {
    this.observations = observations
    for (const o of observations) {
      push(this.series, seriesKey(o.region, o.indicator), o)
      push(this.byIndicatorPeriod, `${o.indicator}\u0000${o.periodKey}`, o)
    }
    for (const s of this.series.values()) s.sort(byPeriod)
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
