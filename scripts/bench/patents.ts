// Patent lists in Node, side by side in one run: a 200,000-application list from CSV text to
// figures and the drill-through's index; a list read from its file as the import worker reads it,
// in a process of its own, its time and its largest heap; the drill-through's grouping against
// Arquero's on the same records; each drill step at 1,000,000 records.
import { execFile } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parseCsvRows } from '@/domain/csv/csv'
import { applicantTypesOf } from '@/domain/patents/applicantTypes'
import { PatentIndex } from '@/domain/patents/drill'
import { derivePatentFigures } from '@/domain/patents/figures'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { placeAddress, readPlaceLookup } from '@/domain/patents/place'
import { countiesOf, placeRecords } from '@/domain/patents/placeRecords'
import { readPatentList } from '../../tests/support/patentRead'
import { loadCatalogue, readData } from '../../tests/support/embedded'
import { median } from '../../tests/support/ingest'
import { EXPORTED, groupArquero, groupOurs, patentSample } from '../../tests/support/patentGrouping'
import { patentListCsv, patentListRows, PATENT_LIST_HEADER } from '../../tests/support/patentList'
import { papaStrings } from '../../tests/support/ingest'

const HOME = '衡阳市'

/** CSV text → rows → records → places → figures and index, as the import worker does it. */
export function deriveFromCsv(n: number) {
  const text = patentListCsv(n)
  const start = performance.now()
  const rows = parseCsvRows(text)
  const mapping = detectPatentList(rows.slice(0, 30))
  if (!mapping) throw new Error('not a patent list')
  const { list } = readPatentList(rows, mapping, { file: 'bench.csv', exported: EXPORTED })
  const lookup = readPlaceLookup(readData('places.csv'))
  const places = placeRecords(list, (a) => placeAddress(a, lookup), HOME)
  const types = applicantTypesOf(list.records)
  const catalogue = loadCatalogue()
  const figures = derivePatentFigures(list, places, { home: HOME, catalogue, applicantTypes: types })
  new PatentIndex(list.records, places, types, HOME, countiesOf(catalogue, HOME)).regions()
  return {
    ms: performance.now() - start,
    mb: text.length / 1024 / 1024,
    records: list.records.length,
    figures: figures.length,
  }
}

const cpuMs = (f: () => unknown) => {
  const start = process.cpuUsage()
  f()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

/** Our grouping against Arquero's, CPU time, alternating, `rounds` times each. */
export function groupingAgainstArquero(n: number, rounds: number) {
  const sample = patentSample(n)
  const ours: number[] = []
  const arquero: number[] = []
  for (let r = 0; r < rounds; r++) {
    ours.push(cpuMs(() => groupOurs(sample)))
    arquero.push(cpuMs(() => groupArquero(sample)))
  }
  return { sample, ours: median(ours), arquero: median(arquero), ratio: median(arquero) / median(ours) }
}

/**
 * The CPU time of each of a drill-through's steps (city → county → applicant → its patents, the
 * fields, a year's grants, a type's applicants, an applicant's trend) and of the index's build.
 */
export function drillSteps(sample: ReturnType<typeof patentSample>) {
  const steps: Record<string, number> = {}
  const step = <T>(name: string, f: () => T): T => {
    let out: T | undefined
    steps[name] = cpuMs(() => (out = f()))
    return out as T
  }
  const index = step(
    'index',
    () => new PatentIndex(sample.list.records, sample.places, sample.types, HOME, sample.counties),
  )
  step('city', () => index.regions())
  const county = sample.counties[3] ?? HOME
  const [top] = step('county', () => index.applicants(county, 'validInventions', { limit: 50 }))
  step('grants in a year', () => index.applicants(HOME, 'grants', { year: 2023, limit: 50 }))
  step('city by type', () => index.applicants(HOME, 'validInventions', { type: 'university', limit: 50 }))
  step('applicant', () => (top ? index.patents(top.applicant, undefined, { limit: 50 }) : []))
  step('trend', () => (top ? index.trend(top.applicant) : []))
  step('fields', () => index.fields(county))
  const { index: build, ...drill } = steps
  return { buildMs: build ?? 0, longestStepMs: Math.max(...Object.values(drill)), steps: drill }
}

/** `n` applications written as a CSV file, a row at a time (a million rows never sit in one string). */
async function patentListFile(n: number): Promise<{ path: string; done: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'patents-'))
  const path = join(dir, 'list.csv')
  const out = createWriteStream(path)
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok()))
  await write(`${PATENT_LIST_HEADER.join(',')}\n`)
  for (const row of patentListRows(n)) await write(`${row.join(',')}\n`)
  await new Promise<void>((ok, fail) => out.end((e?: Error | null) => (e ? fail(e) : ok())))
  return { path, done: () => rmSync(dir, { recursive: true, force: true }) }
}

const MB = 1024 * 1024
// `--trace-gc`: "Mark-Compact 141.8 (169.6) -> 124.4 (159.7) MB": the heap before and after a collection.
const GC_LINE = /(?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \([\d.]+\) -> ([\d.]+)/

/**
 * A list of `n` applications read from its file by scripts/patentImport.ts in a process of its own,
 * as the import worker reads it (no export date: the list dates itself), its heap capped at
 * `heapCap` × the file's size when given. `peakMb` is the largest heap before any collection,
 * `liveMb` the largest after one; raw PapaParse's CPU time on the same bytes, in this process, for scale.
 */
export async function patentImportRun(n: number, heapCap?: number) {
  const file = await patentListFile(n)
  try {
    const fileMb = statSync(file.path).size / MB
    const cap = heapCap === undefined ? [] : [`--max-old-space-size=${Math.floor(fileMb * heapCap)}`]
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...cap, '--trace-gc', '--import', 'tsx', 'scripts/patentImport.ts', file.path],
      { env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.app.json' }, maxBuffer: 64 * MB },
    )
    let peakMb = 0
    let liveMb = 0
    let result: { ms: number; cpuMs: number; applications: number; figures: number } | undefined
    for (const line of stdout.split('\n')) {
      const gc = GC_LINE.exec(line)
      if (gc) {
        peakMb = Math.max(peakMb, Number(gc[1]))
        liveMb = Math.max(liveMb, Number(gc[2]))
      } else if (line.startsWith('{')) result = JSON.parse(line) as typeof result
    }
    if (!result) throw new Error(`no result from the import: ${stdout.slice(-500)}`)
    const text = readFileSync(file.path, 'utf8')
    const papaMs = cpuMs(() => papaStrings(text))
    return { ...result, fileMb, peakMb, liveMb, papaMs }
  } finally {
    file.done()
  }
}
