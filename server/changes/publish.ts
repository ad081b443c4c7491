import type { CustomIndicator, CustomRegion, PublishRequest } from '../../contract/api'
import type { Catalogue, Indicator, Region } from '../../src/domain/catalogue'
import { observationKey, parseLongTable, type Observation } from '../../src/domain/observation'
import type { Problem } from '../../src/domain/problem'
import { customEntryProblems } from '../../src/domain/import/custom'
import { parseCsvRows } from '../../src/domain/csv/csv'
import { invalidData, tooManyFigures } from '../errors'
import type { PublishedStamp } from '../store/manifest'
import { assembleVersion, type VersionFiles } from '../store/versionFiles'
import { addUsedCustomEntries, catalogueOf } from './catalogue'
import type { Change } from './change'
import { placeBulletin } from './bulletinFile'
import { placePatents } from './patentsFile'
import { upsertFigures } from './figures'

/** A publish as the server applies it: the request (checked against its schema), labels trimmed. */
export interface Publish {
  readonly name: string
  readonly csv: string
  readonly indicators: readonly Indicator[]
  readonly regions: readonly Region[]
  /** A bulletin issue in the project's bulletin format. */
  readonly bulletin?: string
  /** A patent list's records file, gzip-compressed, in base64, and the place lookup it was placed with. */
  readonly patents?: string
  readonly places?: string
}

const indicatorOf = (i: CustomIndicator): Indicator => ({
  id: i.id.trim(),
  nameZh: i.nameZh.trim(),
  nameEn: (i.nameEn ?? '').trim(),
  unit: (i.unit ?? '').trim(),
  kind: i.kind,
  parent: (i.parent ?? '').trim(),
  aliases: (i.aliases ?? []).map((a) => a.trim()),
})

const regionOf = (r: CustomRegion): Region => ({
  name: r.name.trim(),
  nameEn: (r.nameEn ?? '').trim(),
  level: r.level,
  parent: (r.parent ?? '').trim(),
  aliases: (r.aliases ?? []).map((a) => a.trim()),
})

export const publishOf = (body: PublishRequest): Publish => ({
  name: body.name.trim(),
  csv: body.csv,
  indicators: (body.indicators ?? []).map(indicatorOf),
  regions: (body.regions ?? []).map(regionOf),
  ...(body.bulletin ? { bulletin: body.bulletin.text } : {}),
  ...(body.patents ? { patents: body.patents } : {}),
  ...(body.places ? { places: body.places } : {}),
})

/**
 * The import's figures, checked with the browser's own code against the catalogue extended by the
 * custom entries. Throws 422 with the domain's located problems when the import has errors.
 */
function checkedFigures(req: Publish, catalogue: Catalogue): Observation[] {
  // The app sends the figures as typed; the files it publishes hold them neutralised (csvFile.ts).
  const parsed = parseLongTable(parseCsvRows(req.csv), catalogue, req.name, { plain: true })
  // Every viewer would see a source that is no http(s) link: a warning in a preview, refused here.
  const problems: Problem[] = parsed.problems.map((p) => (p.code === 'sourceNotLink' ? { ...p, severity: 'error' } : p))
  problems.push(...customEntryProblems(req.indicators, req.regions, req.name))
  for (const i of req.indicators) {
    if (i.parent && !catalogue.indicator(i.parent))
      problems.push({ severity: 'error', code: 'unknownIndicator', file: req.name, params: { value: i.parent } })
  }
  for (const r of req.regions) {
    if (r.parent && !catalogue.region(r.parent))
      problems.push({ severity: 'error', code: 'unknownRegion', file: req.name, params: { value: r.parent } })
  }
  if (problems.some((p) => p.severity === 'error')) throw invalidData(problems)
  // A bulletin or a patent list may come alone: its figures are already in the data, or not to be added.
  if (parsed.observations.length === 0 && req.bulletin === undefined && req.patents === undefined)
    throw invalidData([{ severity: 'error', code: 'emptyFile', file: req.name }])
  return parsed.observations
}

/**
 * The new version a publish makes: the current figures with the incoming ones upserted, the custom
 * entries they use added to the catalogue, stamped, and read back as the browser will read it.
 */
export function applyPublish(
  base: VersionFiles,
  req: Publish,
  stamp: PublishedStamp,
  limits: { readonly baseProblems: number; readonly maxFigures: number },
): Change {
  const baseCatalogue = catalogueOf(base)
  const catalogue = baseCatalogue.extendedWith(req.indicators, req.regions)
  const figures = checkedFigures(req, catalogue)
  const incoming = new Map(figures.map((o) => [observationKey(o), o]))
  if (incoming.size > limits.maxFigures) throw tooManyFigures(limits.maxFigures)
  const { files, added, changed, unchanged, rows } = upsertFigures(base, incoming, catalogue)
  if (rows > limits.maxFigures) throw tooManyFigures(limits.maxFigures)
  addUsedCustomEntries(files, base, baseCatalogue, req, figures)
  const placed = req.bulletin === undefined ? undefined : placeBulletin(base, files, req.bulletin)
  const bulletins = placed?.names ?? base.manifest.bulletins
  const patents = placePatents(base, files, req)
  const next: VersionFiles = {
    manifest: { ...base.manifest, ...patents.manifest, bulletins, published: stamp },
    files,
  }
  const after = assembleVersion(next)
  // What is published always loads: a version the browser would find a new problem in is refused.
  if (after.problems.length > limits.baseProblems) throw invalidData(after.problems)
  return {
    files: next,
    counts: {
      added,
      changed,
      unchanged,
      removed: 0,
      observations: after.dataset.observations.length,
      ...(placed?.changed ? { bulletins: 1 } : {}),
      ...patents.counts,
    },
    problems: after.problems.length,
  }
}
