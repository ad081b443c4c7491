import { Catalogue, type Indicator, type Region } from '../../src/domain/catalogue'
import { parseIndicators, parseRegions } from '../../src/domain/catalogueTable'
import type { Observation } from '../../src/domain/observation'
import { parseCsvRows } from '../../src/domain/csv/csv'
import { textOf, type VersionFiles } from '../store/versionFiles'
import { appendRows } from './csvFile'

export const catalogueOf = (v: VersionFiles) =>
  new Catalogue(
    parseIndicators(parseCsvRows(textOf(v.files.get(v.manifest.indicators)))).indicators,
    parseRegions(parseCsvRows(textOf(v.files.get(v.manifest.regions)))).regions,
  )

/**
 * Adds to `files` the custom entries a published figure uses, appended to the base's catalogue
 * tables: entries nobody's figure uses do not join the catalogue.
 */
export function addUsedCustomEntries(
  files: Map<string, Uint8Array | string>,
  base: VersionFiles,
  baseCatalogue: Catalogue,
  custom: { readonly indicators: readonly Indicator[]; readonly regions: readonly Region[] },
  figures: readonly Observation[],
): void {
  const usedIndicators = new Set(figures.map((o) => o.indicator))
  const usedRegions = new Set(figures.map((o) => o.region))
  const append = (table: string, records: readonly Record<string, string>[]) => {
    if (records.length) files.set(table, appendRows(base.files.get(table), records))
  }
  append(
    base.manifest.indicators,
    custom.indicators
      .filter((i) => !baseCatalogue.indicator(i.id) && usedIndicators.has(i.id))
      .map((i) => ({
        id: i.id,
        name_zh: i.nameZh,
        name_en: i.nameEn,
        unit: i.unit,
        kind: i.kind,
        parent: i.parent,
        aliases: i.aliases.join('|'),
      })),
  )
  append(
    base.manifest.regions,
    custom.regions
      .filter((r) => !baseCatalogue.region(r.name) && usedRegions.has(r.name))
      .map((r) => ({
        name: r.name,
        name_en: r.nameEn,
        level: r.level,
        parent: r.parent,
        aliases: r.aliases.join('|'),
      })),
  )
}
