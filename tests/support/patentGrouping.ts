/**
 * The drill-through's grouping of a patent list (region → first applicant → patents), ours against
 * Arquero's on the same records in the same process, for the benchmark and the speed check.
 */
import * as aq from 'arquero'
import { APPLICANT_TYPES } from '@/domain/patents/applicant'
import { applicantTypesOf } from '@/domain/patents/applicantTypes'
import { PatentIndex } from '@/domain/patents/drill'
import { isValidInvention } from '@/domain/patents/patentIndicators'
import { placeAddress, readPlaceLookup } from '@/domain/patents/place'
import { countiesOf, placeRecords, regionSlots, type PatentPlaces } from '@/domain/patents/placeRecords'
import { readPatentList } from './patentRead'
import type { PatentList } from '@/domain/patents/records'
import { loadCatalogue, readData } from './embedded'
import { PATENT_LIST_HEADER, patentListRows } from './patentList'

const HOME = '衡阳市'
/** The list is exported after its last grant. */
export const EXPORTED = 20260115

export interface PatentSample {
  readonly list: PatentList
  readonly places: PatentPlaces
  readonly types: Uint8Array
  readonly counties: readonly string[]
}

/** `n` generated applications read, placed and typed, as the import worker does. */
export function patentSample(n: number): PatentSample {
  const columns = Object.fromEntries(PATENT_LIST_HEADER.map((h, i) => [h, i]))
  function* rows() {
    yield PATENT_LIST_HEADER
    yield* patentListRows(n)
  }
  const { list } = readPatentList(
    rows(),
    {
      layout: 'applications',
      headerRow: 0,
      headers: PATENT_LIST_HEADER,
      columns: {
        applicationNumber: columns['申请号'],
        filingDate: columns['申请日'],
        grantDate: columns['授权公告日'],
        patentType: columns['专利类型'],
        title: columns['标题'],
        applicants: columns['申请人'],
        address: columns['申请人地址'],
        currentStatus: columns['当前法律状态'],
        ipc: columns['IPC'],
      },
    },
    { file: 'bench.csv', exported: EXPORTED },
  )
  const lookup = readPlaceLookup(readData('places.csv'))
  const places = placeRecords(list, (a) => placeAddress(a, lookup), HOME)
  return { list, places, types: applicantTypesOf(list.records), counties: countiesOf(loadCatalogue(), HOME) }
}

const TOP = 20

/** Ours: the index, then the top applicants of the city and of each county by valid inventions. */
export function groupOurs(s: PatentSample): number {
  const index = new PatentIndex(s.list.records, s.places, s.types, HOME, s.counties)
  let rows = 0
  for (const region of [HOME, ...s.counties]) rows += index.applicants(region, 'validInventions', { limit: TOP }).length
  return rows
}

/** The records as an Arquero table: the columns the grouping reads, names as strings, as Arquero takes them. */
function arqueroTable(s: PatentSample) {
  const r = s.list.records
  const slots = regionSlots(s.places, s.counties)
  const names = [HOME, ...s.counties]
  const keep: number[] = []
  for (let i = 0; i < r.length; i++) if ((slots[i] ?? -1) >= 0) keep.push(i)
  return aq.table({
    region: keep.map((i) => names[slots[i] ?? 0] ?? HOME),
    applicant: keep.map((i) => r.applicants[r.applicant[i] ?? 0] ?? ''),
    type: keep.map((i) => APPLICANT_TYPES[s.types[r.applicant[i] ?? 0] ?? 0] ?? ''),
    valid: Uint8Array.from(keep, (i) => (isValidInvention(r, i) ? 1 : 0)),
  })
}

/**
 * Arquero: the same groups (region, applicant) and the same top applicants of the city and each
 * county, from the same records: the table is made from them, as ours is. Expressions are text, as
 * Arquero parses them (a compiled closure would not be its own).
 */
export function groupArquero(s: PatentSample): number {
  const byRegion = arqueroTable(s)
    .groupby('region', 'applicant', 'type')
    .rollup({ applications: aq.op.count(), valid: aq.op.sum('valid') })
  const city = byRegion
    .groupby('applicant', 'type')
    .rollup({ applications: aq.op.sum('applications'), valid: aq.op.sum('valid') })
    .filter('d => d.valid > 0')
    .orderby(aq.desc('valid'))
    .slice(0, TOP)
  const counties = byRegion
    .params({ home: HOME })
    .filter('(d, $) => d.valid > 0 && d.region !== $.home')
    .groupby('region')
    .orderby(aq.desc('valid'))
    .filter(`() => op.row_number() <= ${TOP}`)
  return city.objects().length + counties.objects().length
}
