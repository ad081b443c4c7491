import type { Catalogue } from '../catalogue'
import { columnsOf } from '../columns'
import type { Mapping } from '../import/mapping'
import type { NormalisedFile } from '../import/normalise'
import type { Observation } from '../observation'
import type { Problem } from '../problem'
import type { ApplicantType } from './applicant'
import { applicantTypesOf } from './applicantTypes'
import { PatentIndex, type ApplicantRow } from './drill'
import { statedExportDate, type ExportedFrom } from './exportDate'
import { listsProblem } from '../import/problemLog'
import { derivePatentFigures } from './figures'
import { encodePatentFile } from './patentFile'
import { yearOfDay } from './patentDate'
import { lookupParks, unplacedAddresses, validInventionsByType, type UnplacedAddress } from './listReview'
import { placeAddress, type PlaceLookup } from './place'
import { countiesOf, placeRecords, type PatentPlaces } from './placeRecords'
import { createPatentReader } from './reader'
import { listCoverage, reconcilePatentFigures, type ListCoverage, type PatentReconciliation } from './reconcile'
import { PATENT_TYPES, type PatentList, type PatentListMapping, type PatentRead, type PatentState } from './records'

/** What a patent list is read against, besides its rows. */
export interface PatentImportOptions {
  readonly file: string
  readonly home: string
  readonly catalogue: Catalogue
  readonly lookup: PlaceLookup
  /** The published actual figures the derived ones are set beside. */
  readonly published: readonly Observation[]
  /** The export date the analyst confirmed (yyyymmdd); else a title row's date, the file name's, the list's latest. */
  readonly exported?: number
  /** The analyst's answers: a legal-status word → the state it stands for. */
  readonly statusWords?: ReadonlyMap<string, PatentState>
  /** The analyst's word on an applicant's type, by its name as records keep it. */
  readonly applicantTypes?: ReadonlyMap<string, ApplicantType>
}

/** A list's counts for the preview: small, whatever the list's length. */
export interface PatentSummary {
  readonly mapping: PatentListMapping
  readonly exported: number
  readonly exportedFrom: ExportedFrom
  readonly rows: number
  readonly applications: number
  /** Rows merged into an application read on another row (documents of one application). */
  readonly merged: number
  readonly rejected: number
  /** "year" → type → applications filed / grants announced that year. */
  readonly applicationsByYear: Readonly<Record<string, Readonly<Record<string, number>>>>
  readonly grantsByYear: Readonly<Record<string, Readonly<Record<string, number>>>>
  /** Records placed in each county, in the catalogue's order of counties found. */
  readonly byCounty: readonly { readonly region: string; readonly count: number }[]
  readonly parks: readonly { readonly park: string; readonly count: number }[]
  readonly unplaced: number
  readonly outside: number
  /** A few addresses left out as outside the city. */
  readonly outsideAddresses: readonly string[]
  readonly coverage: ListCoverage
  readonly reconciliation: PatentReconciliation['rows']
  /** Derived figures in all, of which `columns` holds the unpublished ones. */
  readonly derived: number
  /** The city's leading first applicants by valid invention patents at the export date. */
  readonly topApplicants: readonly ApplicantRow[]
  /** The city's valid invention patents by applicant type, the analyst's overrides applied. */
  readonly byApplicantType: Readonly<Record<ApplicantType, number>>
  /** The addresses placed in no county, the most records first, and the parks an address may go to. */
  readonly unplacedAddresses: readonly UnplacedAddress[]
  readonly lookupParks: readonly string[]
}

export type PatentFile = NormalisedFile & { readonly patents: PatentSummary; readonly records: Uint8Array }

const OUTSIDE_SHOWN = 8
const TOP_SHOWN = 10
const UNPLACED_SHOWN = 12
const FAR_FUTURE = 99991231

const tallyByYear = (days: Uint32Array, types: Uint8Array, kept: (i: number) => boolean) => {
  const out: Record<string, Record<string, number>> = {}
  days.forEach((day, i) => {
    if (day === 0 || !kept(i)) return
    const year = (out[String(yearOfDay(day))] ??= {})
    const type = PATENT_TYPES[types[i] ?? 3] ?? 'unknown'
    year[type] = (year[type] ?? 0) + 1
  })
  return out
}

function summaryOf(
  list: PatentList,
  places: PatentPlaces,
): Omit<
  PatentSummary,
  | 'mapping'
  | 'exportedFrom'
  | 'coverage'
  | 'reconciliation'
  | 'derived'
  | 'topApplicants'
  | 'byApplicantType'
  | 'lookupParks'
> {
  const { records } = list
  const inCity = (i: number) => places.kind[i] !== 3
  const counties = places.regions.map(() => 0)
  const parks = places.parks.map(() => 0)
  const outside = new Set<string>()
  for (let i = 0; i < records.length; i++) {
    const kind = places.kind[i]
    const at = places.region[i] ?? 0
    if (kind === 0) counties[at] = (counties[at] ?? 0) + 1
    else if (kind === 1) parks[at] = (parks[at] ?? 0) + 1
    else if (kind === 3 && outside.size < OUTSIDE_SHOWN) outside.add(records.addresses[records.address[i] ?? 0] ?? '')
  }
  return {
    exported: list.exported,
    rows: list.rows,
    applications: records.length,
    merged: Math.max(0, list.rows - list.rejected - records.length),
    rejected: list.rejected,
    applicationsByYear: tallyByYear(records.filed, records.type, inCity),
    grantsByYear: tallyByYear(records.granted, records.type, inCity),
    byCounty: places.regions.map((region, i) => ({ region, count: counties[i] ?? 0 })),
    parks: places.parks.map((park, i) => ({ park, count: parks[i] ?? 0 })),
    unplaced: places.counts.unplaced,
    outside: places.counts.outside,
    outsideAddresses: [...outside],
    unplacedAddresses: unplacedAddresses(records, places, UNPLACED_SHOWN),
  }
}

/** The figure mapping a patent list stands under in the import queue: the list's own is in `patents`. */
function figureMapping(mapping: PatentListMapping, home: string, source: string): Mapping {
  return {
    shape: 'long',
    headerRow: mapping.headerRow,
    headerRows: 1,
    titles: [],
    columns: [],
    region: home,
    regionFrom: 'default',
    status: 'actual',
    source,
  }
}

/**
 * A patent list read as its rows stream in (none is kept), then placed by the lookup, derived, and
 * set beside the published figures. Only the derived figures nothing published has become the
 * file's figures: a derived figure never overrides a published one.
 */
export function createPatentImport(
  mapping: PatentListMapping,
  options: PatentImportOptions,
  /** The rows read before the list's header was known: a title among them may state the export date. */
  head: readonly (readonly string[])[] = [],
) {
  const stated = options.exported ? undefined : statedExportDate(head, mapping.headerRow, options.file)
  const given = options.exported ?? stated?.day
  const exportedFrom: ExportedFrom = options.exported ? 'analyst' : (stated?.from ?? 'latestDate')
  // Without an export date the list is read as of no day, then dated by its latest day: the same reading.
  const reader = createPatentReader(mapping, {
    file: options.file,
    exported: given ?? FAR_FUTURE,
    statusWords: options.statusWords,
  })
  return {
    add: (cells: readonly string[], row: number) => reader.add(cells, row),
    finish: (): PatentFile => {
      const read = reader.finish()
      const exported = given ?? (reader.latest() || FAR_FUTURE)
      return importPatentList({ ...read, list: { ...read.list, exported } }, mapping, options, exportedFrom)
    },
  }
}

function importPatentList(
  { list, problems: readProblems }: PatentRead,
  mapping: PatentListMapping,
  options: PatentImportOptions,
  exportedFrom: PatentSummary['exportedFrom'],
): PatentFile {
  const places = placeRecords(list, (a) => placeAddress(a, options.lookup), options.home)
  const applicantTypes = applicantTypesOf(list.records, options.applicantTypes)
  // A list none of whose rows could be read (no application-number column) says nothing, not zeros.
  const derived =
    list.records.length === 0
      ? []
      : derivePatentFigures(list, places, { home: options.home, catalogue: options.catalogue, applicantTypes })
  const reconciliation = reconcilePatentFigures(derived, options.published)
  // Listed as a table's problems are, and only counted past that: a list whose every number fails
  // its check would otherwise send the page one message per row. The list's own problems come
  // first, and each status word the analyst is asked about is listed, however many rows went before.
  const found = [...places.problems, ...readProblems]
  const problems: Problem[] = []
  const counts: Record<string, number> = {}
  for (const p of found) {
    const ofCode = (counts[p.code] ?? 0) + 1
    counts[p.code] = ofCode
    if (p.code === 'unknownLegalStatus' || listsProblem(p.severity, ofCode, problems.length)) problems.push(p)
  }
  const columns = columnsOf(reconciliation.unpublished)
  return {
    mapping: figureMapping(mapping, options.home, reconciliation.unpublished[0]?.source ?? options.file),
    columns,
    problems,
    problemCounts: counts,
    // Rows left out are reported; the figures come from the rest, so they hold no import back.
    errorCount: 0,
    warningCount: found.length,
    unknownIndicators: [],
    unknownRegions: [],
    scaledUnits: [],
    dataRows: list.rows,
    rowsWithErrors: [],
    records: encodePatentFile(list),
    patents: {
      ...summaryOf(list, places),
      mapping,
      exportedFrom,
      coverage: listCoverage(list, places),
      reconciliation: reconciliation.rows,
      derived: derived.length,
      topApplicants: new PatentIndex(
        list.records,
        places,
        applicantTypes,
        options.home,
        countiesOf(options.catalogue, options.home),
      )
        .applicants(options.home, 'validInventions', { limit: TOP_SHOWN })
        .filter((a) => a.validInventions > 0),
      byApplicantType: validInventionsByType(list.records, places, applicantTypes),
      lookupParks: lookupParks(options.lookup),
    },
  }
}
