// Patent lists in Node, side by side in one run: a 200,000-application list from CSV text to
// figures and the drill-through's index; the drill-through's grouping against Arquero's on the same
// records; each drill step at 1,000,000 records.
import { parseCsvRows } from '@/domain/csv/csv'
import { applicantTypesOf } from '@/domain/patents/applicantTypes'
import { PatentIndex } from '@/domain/patents/drill'
import { derivePatentFigures } from '@/domain/patents/figures'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { placeAddress, readPlaceLookup } from '@/domain/patents/place'
import { countiesOf, placeRecords } from '@/domain/patents/placeRecords'
import { readPatentList } from '@/domain/patents/reader'
import { loadCatalogue, readData } from '../../tests/support/embedded'
import { median } from '../../tests/support/ingest'
import { EXPORTED, groupArquero, groupOurs, patentSample } from '../../tests/support/patentGrouping'
import { patentListCsv } from '../../tests/support/patentList'

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
