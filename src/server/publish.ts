import Papa from 'papaparse'
import { Catalogue, type Indicator, type IndicatorKind, type Region, type RegionLevel } from '../domain/catalogue'
import { parseIndicators, parseRegions } from '../domain/catalogueTable'
import { observationKey, parseLongTable, type Observation } from '../domain/observation'
import type { Problem } from '../domain/problem'
import { parseCsvRows } from '../io/csv'
import { badRequest, invalidData } from './errors'
import type { PublishedStamp } from './manifest'
import { assembleVersion, textOf, type VersionFiles } from './versionFiles'
import type { Counts } from './versions'

export interface PublishRequest {
  readonly baseVersion: number
  /** The import's name as the analyst saw it (a label: never used as a file name). */
  readonly name: string
  /** The canonical long CSV of the import's figures. */
  readonly csv: string
  readonly indicators: readonly Indicator[]
  readonly regions: readonly Region[]
}

export interface RollbackRequest {
  readonly version: number
  readonly baseVersion: number
}

/** A new version's content and how it differs from the current one. */
export interface Change {
  readonly files: VersionFiles
  readonly counts: Counts
  /** Problems the browser will find loading it (none, unless the base already had some). */
  readonly problems: number
}

const CONTROL = /[\u0000-\u001f\u007f]/
const KINDS: readonly IndicatorKind[] = ['flow', 'stock', 'ratio']
const LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'other']

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function versionField(body: Record<string, unknown>, field: string): number {
  const v = body[field]
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
    throw badRequest(`“${field}” 必须是正整数（版本号）。`, `"${field}" must be a positive integer (a version number).`)
  }
  return v
}

function label(v: unknown, field: string, { max = 100, empty = false } = {}): string {
  if (typeof v !== 'string' || (!empty && v.trim() === '') || v.length > max || CONTROL.test(v)) {
    throw badRequest(
      `“${field}” 必须是${empty ? '' : '非空'}文本，最多 ${max} 个字符，不含控制字符。`,
      `"${field}" must be ${empty ? 'a' : 'a non-empty'} text of at most ${max} characters without control characters.`,
    )
  }
  return v.trim()
}

function aliasList(v: unknown, field: string): string[] {
  if (v === undefined) return []
  if (!Array.isArray(v) || v.length > 50)
    throw badRequest(`“${field}” 必须是最多 50 个别名的列表。`, `"${field}" must be a list of at most 50 aliases.`)
  return v.map((a, i) => {
    const text = label(a, `${field}[${i}]`)
    if (text.includes('|')) throw badRequest(`“${field}[${i}]” 不能含有 |。`, `"${field}[${i}]" may not contain |.`)
    return text
  })
}

function entries(v: unknown, field: string): unknown[] {
  if (v === undefined) return []
  if (!Array.isArray(v) || v.length > 1000)
    throw badRequest(`“${field}” 必须是最多 1000 项的列表。`, `"${field}" must be a list of at most 1000 entries.`)
  return v
}

function readIndicator(v: unknown, i: number): Indicator {
  const at = `indicators[${i}]`
  if (!isObject(v)) throw badRequest(`“${at}” 必须是对象。`, `"${at}" must be an object.`)
  const id = label(v.id, `${at}.id`)
  if (!id.startsWith('custom:') || id.length === 'custom:'.length) {
    throw badRequest(
      `自定义指标的 id 必须以 custom: 开头（“${at}.id”）。`,
      `A custom indicator's id must start with custom: ("${at}.id").`,
    )
  }
  const kind = KINDS.find((k) => k === v.kind)
  if (!kind)
    throw badRequest(`“${at}.kind” 必须是 flow、stock 或 ratio。`, `"${at}.kind" must be flow, stock or ratio.`)
  return {
    id,
    nameZh: label(v.nameZh, `${at}.nameZh`),
    nameEn: label(v.nameEn ?? '', `${at}.nameEn`, { empty: true }),
    unit: label(v.unit ?? '', `${at}.unit`, { max: 20, empty: true }),
    kind,
    parent: label(v.parent ?? '', `${at}.parent`, { empty: true }),
    aliases: aliasList(v.aliases, `${at}.aliases`),
  }
}

function readRegion(v: unknown, i: number): Region {
  const at = `regions[${i}]`
  if (!isObject(v)) throw badRequest(`“${at}” 必须是对象。`, `"${at}" must be an object.`)
  const level = LEVELS.find((l) => l === v.level)
  if (!level)
    throw badRequest(
      `“${at}.level” 必须是 province、city、county 或 other。`,
      `"${at}.level" must be province, city, county or other.`,
    )
  return {
    name: label(v.name, `${at}.name`),
    nameEn: label(v.nameEn ?? '', `${at}.nameEn`, { empty: true }),
    level,
    parent: label(v.parent ?? '', `${at}.parent`, { empty: true }),
    aliases: aliasList(v.aliases, `${at}.aliases`),
  }
}

/** Checks the shape of a publish request; the figures themselves are checked by `applyPublish`. */
export function readPublishRequest(body: unknown): PublishRequest {
  if (!isObject(body)) throw badRequest('请求体必须是 JSON 对象。', 'the body must be a JSON object.')
  const baseVersion = versionField(body, 'baseVersion')
  const name = label(body.name, 'name', { max: 200 })
  if (typeof body.csv !== 'string' || body.csv.trim() === '') {
    throw badRequest(
      '“csv” 必须是长格式 CSV 文本（表头 region,period,indicator,value,…）。',
      '"csv" must be the long CSV text (header region,period,indicator,value,…).',
    )
  }
  return {
    baseVersion,
    name,
    csv: body.csv,
    indicators: entries(body.indicators, 'indicators').map(readIndicator),
    regions: entries(body.regions, 'regions').map(readRegion),
  }
}

export function readRollbackRequest(body: unknown): RollbackRequest {
  if (!isObject(body)) throw badRequest('请求体必须是 JSON 对象。', 'the body must be a JSON object.')
  return { version: versionField(body, 'version'), baseVersion: versionField(body, 'baseVersion') }
}

const catalogueOf = (v: VersionFiles) =>
  new Catalogue(
    parseIndicators(parseCsvRows(textOf(v.files.get(v.manifest.indicators)))).indicators,
    parseRegions(parseCsvRows(textOf(v.files.get(v.manifest.regions)))).regions,
  )

const sameFigure = (a: Observation, b: Observation) =>
  a.value === b.value && a.unit === b.unit && a.source === b.source && a.note === b.note

/** A figure's cells in the order of `header` (columns the canonical format lacks stay empty). */
function cellsOf(o: Observation, header: readonly string[]): string[] {
  const fields: Record<string, string> = {
    region: o.region,
    period: o.periodKey,
    indicator: o.indicator,
    value: String(o.value),
    unit: o.unit,
    status: o.status,
    source: o.source,
    note: o.note,
  }
  return header.map((h) => fields[h.trim().toLowerCase()] ?? '')
}

interface CsvFile {
  readonly bom: boolean
  readonly newline: string
  readonly rows: string[][]
}

function readCsv(data: Uint8Array | string | undefined): CsvFile {
  const text = textOf(data)
  const rows = parseCsvRows(text)
  // The final line break yields one empty row: writing adds it back.
  while (rows.length > 1 && (rows.at(-1) ?? []).every((c) => c === '')) rows.pop()
  return { bom: text.startsWith('\uFEFF'), newline: text.includes('\r\n') ? '\r\n' : '\n', rows }
}

function writeCsv(f: CsvFile): string {
  return (f.bom ? '\uFEFF' : '') + Papa.unparse(f.rows, { newline: f.newline }) + f.newline
}

/** Appends rows to a catalogue table as its header orders the columns. */
function appendRows(data: Uint8Array | string | undefined, records: readonly Record<string, string>[]): string {
  const f = readCsv(data)
  const header = f.rows[0] ?? []
  for (const r of records) f.rows.push(header.map((h) => r[h.trim()] ?? ''))
  return writeCsv(f)
}

/**
 * The new version a publish makes: the current figures with the incoming ones upserted by
 * observationKey. Rows it does not touch keep their text exactly (a published "288.20" stays
 * so); changed figures are replaced where they stand, new ones appended to the last
 * observations file. Throws 422 with the domain's located problems when the import has errors.
 */
export function applyPublish(
  base: VersionFiles,
  req: PublishRequest,
  stamp: PublishedStamp,
  baseProblems: number,
): Change {
  const baseCatalogue = catalogueOf(base)
  const catalogue = baseCatalogue.extendedWith(req.indicators, req.regions)
  const parsed = parseLongTable(parseCsvRows(req.csv), catalogue, req.name)
  const problems: Problem[] = [...parsed.problems]
  for (const i of req.indicators) {
    if (i.parent && !catalogue.indicator(i.parent))
      problems.push({ severity: 'error', code: 'unknownIndicator', file: req.name, params: { value: i.parent } })
  }
  for (const r of req.regions) {
    if (r.parent && !catalogue.region(r.parent))
      problems.push({ severity: 'error', code: 'unknownRegion', file: req.name, params: { value: r.parent } })
  }
  if (problems.some((p) => p.severity === 'error')) throw invalidData(problems)
  if (parsed.observations.length === 0) throw invalidData([{ severity: 'error', code: 'emptyFile', file: req.name }])

  const incoming = new Map(parsed.observations.map((o) => [observationKey(o), o]))
  const placed = new Set<string>()
  const replaced = new Set<string>()
  let changed = 0
  let unchanged = 0
  const files = new Map(base.files)
  const obsFiles = base.manifest.observations
  for (const [index, name] of obsFiles.entries()) {
    const csv = readCsv(base.files.get(name))
    const header = csv.rows[0] ?? []
    let touched = false
    const rows: string[][] = header.length ? [header] : []
    for (const cells of csv.rows.slice(1)) {
      // One row at a time through the domain's reader: its key, as the browser would compute it.
      const existing = parseLongTable([header, cells], catalogue).observations[0]
      const key = existing ? observationKey(existing) : undefined
      const update = key === undefined ? undefined : incoming.get(key)
      if (!existing || !key || !update) {
        rows.push(cells)
      } else if (replaced.has(key)) {
        touched = true // a second row of a figure already replaced: the replacement stands for both
      } else if (placed.has(key)) {
        rows.push(cells)
      } else if (sameFigure(existing, update)) {
        rows.push(cells)
        placed.add(key)
        unchanged++
      } else {
        rows.push(cellsOf(update, header))
        placed.add(key)
        replaced.add(key)
        changed++
        touched = true
      }
    }
    if (index === obsFiles.length - 1) {
      for (const [key, o] of incoming) {
        if (placed.has(key)) continue
        rows.push(cellsOf(o, header))
        touched = true
      }
    }
    if (touched) files.set(name, writeCsv({ ...csv, rows }))
  }
  const added = incoming.size - changed - unchanged

  // Custom entries join the catalogue only when a published figure uses them.
  const used = (set: Set<string>) => (key: string) => set.has(key)
  const usesIndicator = used(new Set(parsed.observations.map((o) => o.indicator)))
  const usesRegion = used(new Set(parsed.observations.map((o) => o.region)))
  const newIndicators = req.indicators.filter((i) => !baseCatalogue.indicator(i.id) && usesIndicator(i.id))
  const newRegions = req.regions.filter((r) => !baseCatalogue.region(r.name) && usesRegion(r.name))
  if (newIndicators.length) {
    files.set(
      base.manifest.indicators,
      appendRows(
        base.files.get(base.manifest.indicators),
        newIndicators.map((i) => ({
          id: i.id,
          name_zh: i.nameZh,
          name_en: i.nameEn,
          unit: i.unit,
          kind: i.kind,
          parent: i.parent,
          aliases: i.aliases.join('|'),
        })),
      ),
    )
  }
  if (newRegions.length) {
    files.set(
      base.manifest.regions,
      appendRows(
        base.files.get(base.manifest.regions),
        newRegions.map((r) => ({
          name: r.name,
          name_en: r.nameEn,
          level: r.level,
          parent: r.parent,
          aliases: r.aliases.join('|'),
        })),
      ),
    )
  }
  const next: VersionFiles = { manifest: { ...base.manifest, published: stamp }, files }
  const after = assembleVersion(next)
  // What is published always loads: a version the browser would find a new problem in is refused.
  if (after.problems.length > baseProblems) throw invalidData(after.problems)
  return {
    files: next,
    counts: { added, changed, unchanged, removed: 0, observations: after.dataset.observations.length },
    problems: after.problems.length,
  }
}

/** A rollback: the earlier version's files as they were, under a manifest naming the new version. */
export function applyRollback(current: VersionFiles, target: VersionFiles, stamp: PublishedStamp): Change {
  const next: VersionFiles = { manifest: { ...target.manifest, published: stamp }, files: target.files }
  const now = new Map(assembleVersion(current).dataset.observations.map((o) => [observationKey(o), o]))
  const restored = assembleVersion(target)
  const then = restored.dataset.observations
  let added = 0
  let changed = 0
  let unchanged = 0
  for (const o of then) {
    const c = now.get(observationKey(o))
    if (!c) added++
    else if (sameFigure(c, o)) unchanged++
    else changed++
  }
  const counts = { added, changed, unchanged, removed: now.size - changed - unchanged, observations: then.length }
  return { files: next, counts, problems: restored.problems.length }
}
