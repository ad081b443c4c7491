import { parseBulletin, type Bulletin } from './bulletin/bulletin'
import { Catalogue } from './catalogue'
import { parseIndicators, parseRegions } from './catalogueTable'
import { Dataset } from './dataset'
import { parseLongTable, type Observation } from './observation'
import { readPlan, type Plan, type PlanFields } from './monitoring/plan'
import type { Problem } from './problem'
import { readViewSettings, type ViewSettings, type ViewSettingsFields } from './viewSettings'
import { byCodeUnits } from './order'

/** What data/manifest.json lists, and which indicators the views put first (see ViewSettingsFields). */
export interface Manifest extends ViewSettingsFields {
  readonly version: number
  readonly observations: readonly string[]
  readonly indicators: string
  readonly regions: string
  readonly bulletins: readonly string[]
  /** A plan's targets as it groups them, and the dates it runs between. */
  readonly plan?: PlanFields
  /** The patent records file (patents/patentFile.ts), when a patent list was published with the figures. */
  readonly patents?: string
  /** The place lookup (places.csv) patent records are placed with. */
  readonly places?: string
  /** Written by the publishing server into every version it makes (absent in the repository's data/). */
  readonly published?: { readonly version: number }
}

export interface PublishedFiles {
  readonly manifest: Manifest
  /** Parsed CSV rows by file name. */
  readonly tables: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Bulletin texts by file name. */
  readonly texts: ReadonlyMap<string, string>
}

export interface Published {
  readonly dataset: Dataset
  readonly bulletins: readonly Bulletin[]
  readonly settings: ViewSettings
  /** The targets' plan, when the manifest names one. */
  readonly plan?: Plan
  readonly problems: readonly Problem[]
  /** The server's version number of these files, when a publishing server stamped them. */
  readonly version: number | null
  /** Whether the manifest names a patent records file: the drill-through has records to load. */
  readonly patents: boolean
}

// One at a time: push(...items) passes every item as an argument, and a file of 125,000 figures
// overflows the call stack that way.
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

/** Builds the dataset everyone sees from the published files, keeping every problem found. */
export function assemblePublished(files: PublishedFiles): Published {
  const problems: Problem[] = []
  const rows = (name: string) => files.tables.get(name) ?? []
  const ind = parseIndicators(rows(files.manifest.indicators), files.manifest.indicators)
  const reg = parseRegions(rows(files.manifest.regions), files.manifest.regions)
  append(problems, ind.problems)
  append(problems, reg.problems)
  const catalogue = new Catalogue(ind.indicators, reg.regions)
  const observations: Observation[] = []
  for (const name of files.manifest.observations) {
    const parsed = parseLongTable(rows(name), catalogue, name)
    append(observations, parsed.observations)
    append(problems, parsed.problems)
  }
  const bulletins: Bulletin[] = []
  for (const name of files.manifest.bulletins) {
    const parsed = parseBulletin(files.texts.get(name) ?? '', name)
    if (parsed.bulletin) bulletins.push(parsed.bulletin)
    append(problems, parsed.problems)
  }
  bulletins.sort((a, b) => byCodeUnits(b.date, a.date))
  const dataset = new Dataset(observations, catalogue)
  // After the figures: what the manifest leaves out is derived from them.
  const { settings, problems: settingProblems } = readViewSettings(files.manifest, dataset)
  append(problems, settingProblems)
  const { plan, problems: planProblems } = readPlan(files.manifest.plan, catalogue)
  append(problems, planProblems)
  const version = files.manifest.published?.version
  return {
    dataset,
    bulletins,
    settings,
    ...(plan ? { plan } : {}),
    problems,
    version: typeof version === 'number' ? version : null,
    patents: !!files.manifest.patents,
  }
}
