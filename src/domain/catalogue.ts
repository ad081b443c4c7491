/** The indicator and region catalogues, and matching what an analyst writes to their ids. */
export type IndicatorKind = 'flow' | 'stock' | 'ratio'

export interface Indicator {
  readonly id: string
  readonly nameZh: string
  readonly nameEn: string
  readonly unit: string
  readonly kind: IndicatorKind
  /** The indicator this one is a part of (e.g. invention grants of patent grants). */
  readonly parent: string
  readonly aliases: readonly string[]
}

export type RegionLevel = 'province' | 'city' | 'county' | 'other'

export interface Region {
  readonly name: string
  readonly nameEn: string
  readonly level: RegionLevel
  readonly parent: string
  readonly aliases: readonly string[]
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g

/** Folds what varies between hand-typed names: width, case, spaces and bracket style. */
export function normaliseName(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, '')
    .toLowerCase()
}

export class NameIndex<T> {
  private readonly byName = new Map<string, T>()

  constructor(entries: Iterable<readonly [readonly string[], T]>) {
    for (const [names, value] of entries) {
      for (const name of names) {
        const key = normaliseName(name)
        if (key && !this.byName.has(key)) this.byName.set(key, value)
      }
    }
  }

  find(name: string): T | undefined {
    return this.byName.get(normaliseName(name))
  }
}

export class Catalogue {
  readonly indicators: ReadonlyMap<string, Indicator>
  readonly regions: ReadonlyMap<string, Region>
  private readonly indicatorNames: NameIndex<Indicator>
  private readonly regionNames: NameIndex<Region>

  constructor(indicators: readonly Indicator[], regions: readonly Region[]) {
    this.indicators = new Map(indicators.map((i) => [i.id, i]))
    this.regions = new Map(regions.map((r) => [r.name, r]))
    this.indicatorNames = new NameIndex(
      indicators.map((i) => [[i.id, i.nameZh, i.nameEn, ...i.aliases], i] as const),
    )
    this.regionNames = new NameIndex(regions.map((r) => [[r.name, r.nameEn, ...r.aliases], r] as const))
  }

  findIndicator(name: string): Indicator | undefined {
    return this.indicatorNames.find(name)
  }

  findRegion(name: string): Region | undefined {
    return this.regionNames.find(name)
  }

  indicator(id: string): Indicator | undefined {
    return this.indicators.get(id)
  }

  region(name: string): Region | undefined {
    return this.regions.get(name)
  }

  /** Cities (prefecture level) under a province, in catalogue order. */
  citiesOf(province: string): Region[] {
    return [...this.regions.values()].filter((r) => r.level === 'city' && r.parent === province)
  }

  /** Direct parts of an indicator, in catalogue order. */
  partsOf(indicatorId: string): Indicator[] {
    return [...this.indicators.values()].filter((i) => i.parent === indicatorId)
  }
}
