/** The indicator and region catalogues, and matching what an analyst writes to their ids. */
import type { IndicatorKind, RegionLevel } from '../../contract/vocabulary'
import { halfWidth } from './import/text'

// Kinds and levels are words of the API too: declared once, with its bodies.
export { INDICATOR_KINDS, REGION_LEVELS, type IndicatorKind } from '../../contract/vocabulary'

export interface Indicator {
  readonly id: string
  readonly nameZh: string
  readonly nameEn: string
  readonly unit: string
  readonly kind: IndicatorKind
  /** The indicator this one is a part of (e.g. invention grants of patent grants). */
  readonly parent: string
  readonly aliases: readonly string[]
  /** A shorter name for titles that name the indicator in passing (每万人口有效发明专利), or a part within its parent (大专院校). */
  readonly shortZh?: string
  readonly shortEn?: string
}

export interface Region {
  readonly name: string
  readonly nameEn: string
  readonly level: RegionLevel
  readonly parent: string
  readonly aliases: readonly string[]
}

/** Folds what varies between hand-typed names: width, case, spaces and bracket style. */
export function normaliseName(text: string): string {
  return halfWidth(text).replace(/\s+/g, '').toLowerCase()
}

export class NameIndex<T> {
  private readonly byName = new Map<string, T[]>()

  constructor(entries: Iterable<readonly [readonly string[], T]>) {
    for (const [names, value] of entries) {
      for (const name of names) {
        const key = normaliseName(name)
        if (!key) continue
        const list = this.byName.get(key)
        if (!list) this.byName.set(key, [value])
        else if (!list.includes(value)) list.push(value)
      }
    }
  }

  /** The first entry named so (catalogue order decides between entries sharing a name). */
  find(name: string): T | undefined {
    return this.byName.get(normaliseName(name))?.[0]
  }

  /** Every entry named so. */
  findAll(name: string): readonly T[] {
    return this.byName.get(normaliseName(name)) ?? []
  }

  /** Entries whose name occurs inside `text`, longest name first ("有效发明专利统计表" → 有效发明专利). */
  findIn(text: string, minLength = 2): T[] {
    const haystack = normaliseName(text)
    const hits = [...this.byName.entries()]
      .filter(([name]) => name.length >= minLength && haystack.includes(name))
      .sort((a, b) => b[0].length - a[0].length)
    return [...new Set(hits.flatMap(([, values]) => values))]
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
    this.indicatorNames = new NameIndex(indicators.map((i) => [[i.id, i.nameZh, i.nameEn, ...i.aliases], i] as const))
    this.regionNames = new NameIndex(regions.map((r) => [[r.name, r.nameEn, ...r.aliases], r] as const))
  }

  findIndicator(name: string): Indicator | undefined {
    return this.indicatorNames.find(name)
  }

  /**
   * The indicator a header names, preferring one within `family` (an indicator and its parts):
   * "职务-大专院校" is a part of valid invention patents in one table and of grants in another.
   */
  resolveIndicator(name: string, family?: string): Indicator | undefined {
    const all = this.indicatorNames.findAll(name)
    if (family) {
      const inFamily = all.find((i) => this.isPartOf(i.id, family))
      if (inFamily) return inFamily
    }
    return all[0]
  }

  /** The indicator whose name occurs in a title or file name, the longest name winning. */
  indicatorNamedIn(text: string): Indicator | undefined {
    return this.indicatorNames.findIn(text)[0]
  }

  /** Whether `id` is `ancestor` or one of its parts, at any depth. */
  isPartOf(id: string, ancestor: string): boolean {
    for (
      let cur: string | undefined = id, depth = 0;
      cur && depth < 10;
      cur = this.indicators.get(cur)?.parent, depth++
    ) {
      if (cur === ancestor) return true
    }
    return false
  }

  findRegion(name: string): Region | undefined {
    return this.regionNames.find(name)
  }

  /** Regions whose name occurs in a title or file name, longest name first. */
  regionsNamedIn(text: string): Region[] {
    return this.regionNames.findIn(text)
  }

  /** A catalogue with analyst-made indicators and regions added (existing ids and names win). */
  extendedWith(indicators: readonly Indicator[], regions: readonly Region[]): Catalogue {
    return new Catalogue(
      [...this.indicators.values(), ...indicators.filter((i) => !this.indicators.has(i.id))],
      [...this.regions.values(), ...regions.filter((r) => !this.regions.has(r.name))],
    )
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

  /** The regions directly under a region (a city's counties and districts), in catalogue order. */
  childrenOf(parent: string): Region[] {
    return [...this.regions.values()].filter((r) => r.parent === parent && r.level !== 'other')
  }

  /** The finest parts of an indicator at any depth (those with no parts of their own), in catalogue order. */
  leavesOf(indicatorId: string): Indicator[] {
    return [...this.indicators.values()].filter(
      (i) => i.id !== indicatorId && this.isPartOf(i.id, indicatorId) && this.partsOf(i.id).length === 0,
    )
  }

  /** Direct parts of an indicator, in catalogue order. */
  partsOf(indicatorId: string): Indicator[] {
    return [...this.indicators.values()].filter((i) => i.parent === indicatorId)
  }
}
