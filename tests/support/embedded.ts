/**
 * The embedded data in data/, read from disk and assembled by the same code the app runs
 * (manifest → catalogues → observations → bulletins), for tests that assert published facts.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assemblePublished, type Manifest, type Published } from '@/domain/published'
import { parseIndicators, parseRegions } from '@/domain/catalogueTable'
import { Catalogue, type Indicator, type Region } from '@/domain/catalogue'
import { parseCsvRows } from '@/domain/csv/csv'
import type { Dataset } from '@/domain/dataset'
import type { Problem } from '@/domain/problem'

// A path, not a URL: under happy-dom the global URL is the DOM's, which node:fs refuses.
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data')

export function readData(path: string): string {
  return readFileSync(resolve(dataDir, path), 'utf8')
}

export const parseCsv = parseCsvRows

export function loadIndicators(): Indicator[] {
  return parseIndicators(parseCsv(readData('indicators.csv'))).indicators
}

export function loadRegions(): Region[] {
  return parseRegions(parseCsv(readData('regions.csv'))).regions
}

export function loadCatalogue(): Catalogue {
  return new Catalogue(loadIndicators(), loadRegions())
}

export interface Embedded extends Published {
  readonly catalogue: Catalogue
  readonly dataset: Dataset
  readonly problems: readonly Problem[]
  readonly rows: string[][]
}

let cached: Embedded | undefined

/** Everything data/manifest.json lists, assembled once per test file. */
export function loadEmbedded(): Embedded {
  if (cached) return cached
  const manifest = JSON.parse(readData('manifest.json')) as Manifest
  const csvNames = [manifest.indicators, manifest.regions, ...manifest.observations]
  const published = assemblePublished({
    manifest,
    tables: new Map(csvNames.map((n) => [n, parseCsv(readData(n))])),
    texts: new Map(manifest.bulletins.map((n) => [n, readData(n)])),
  })
  cached = { ...published, catalogue: published.dataset.catalogue, rows: parseCsv(readData('observations.csv')) }
  return cached
}

/**
 * The embedded data assembled again with some of its files edited as text (a mistyped figure, a
 * renamed city, a changed manifest), for tests of what the app makes of data as a publisher wrote it.
 */
export function publishedWith(
  edit: {
    readonly manifest?: Partial<Manifest>
    readonly observations?: (csv: string) => string
    readonly indicators?: (csv: string) => string
    readonly regions?: (csv: string) => string
  } = {},
): Published {
  const m: Manifest = { ...(JSON.parse(readData('manifest.json')) as Manifest), ...edit.manifest }
  const same = (csv: string) => csv
  return assemblePublished({
    manifest: m,
    tables: new Map([
      [m.indicators, parseCsv((edit.indicators ?? same)(readData(m.indicators)))],
      [m.regions, parseCsv((edit.regions ?? same)(readData(m.regions)))],
      ['observations.csv', parseCsv((edit.observations ?? same)(readData('observations.csv')))],
    ]),
    texts: new Map(m.bulletins.map((n) => [n, readData(n)])),
  })
}

export function loadBulletinText(name = '2023-02.md'): string {
  return readData(`bulletins/${name}`)
}
