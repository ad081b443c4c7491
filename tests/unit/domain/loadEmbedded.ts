/**
 * Reads the embedded data in data/ the way the dashboard does, for tests that assert facts from
 * the published sources.
 */
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { Catalogue, type Indicator, type IndicatorKind, type Region, type RegionLevel } from '../../../src/domain/catalogue'
import { Dataset } from '../../../src/domain/dataset'
import { parseLongTable } from '../../../src/domain/observation'
import type { Problem } from '../../../src/domain/problem'

export const dataUrl = new URL('../../../data/', import.meta.url)

export function readData(path: string): string {
  return readFileSync(new URL(path, dataUrl), 'utf8')
}

export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data
}

const aliases = (text: string | undefined): string[] =>
  (text ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '')

const KINDS: readonly IndicatorKind[] = ['flow', 'stock', 'ratio']
const LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'other']

/** Rows of a catalogue CSV as records keyed by the header. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) throw new Error('empty catalogue file')
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h.trim(), (cells[i] ?? '').trim()])))
}

export function loadIndicators(): Indicator[] {
  return records(readData('indicators.csv')).map((r) => {
    const kind = KINDS.find((k) => k === r.kind)
    if (!kind) throw new Error(`bad indicator kind ${r.kind} for ${r.id}`)
    return {
      id: r.id ?? '',
      nameZh: r.name_zh ?? '',
      nameEn: r.name_en ?? '',
      unit: r.unit ?? '',
      kind,
      parent: r.parent ?? '',
      aliases: aliases(r.aliases),
    }
  })
}

export function loadRegions(): Region[] {
  return records(readData('regions.csv')).map((r) => {
    const level = LEVELS.find((l) => l === r.level)
    if (!level) throw new Error(`bad region level ${r.level} for ${r.name}`)
    return {
      name: r.name ?? '',
      nameEn: r.name_en ?? '',
      level,
      parent: r.parent ?? '',
      aliases: aliases(r.aliases),
    }
  })
}

export function loadCatalogue(): Catalogue {
  return new Catalogue(loadIndicators(), loadRegions())
}

export interface Embedded {
  readonly catalogue: Catalogue
  readonly dataset: Dataset
  readonly problems: Problem[]
  readonly rows: string[][]
}

let cached: Embedded | undefined

/** The embedded catalogue and observations, parsed once per test file. */
export function loadEmbedded(): Embedded {
  if (cached) return cached
  const catalogue = loadCatalogue()
  const rows = parseCsv(readData('observations.csv'))
  const { observations, problems } = parseLongTable(rows, catalogue, 'observations.csv')
  cached = { catalogue, dataset: new Dataset(observations, catalogue), problems, rows }
  return cached
}

export function loadBulletinText(name = '2023-02.md'): string {
  return readData(`bulletins/${name}`)
}
