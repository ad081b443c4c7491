import type { Problem } from '../problem'
import { formatApplicationNumber, readApplicationNumber, typeFromNumber } from './applicationNumber'
import { readLegalStatus } from './legalStatus'
import { formatDay, readPatentDate } from './patentDate'
import {
  PATENT_FIELDS,
  type PatentField,
  type PatentListMapping,
  type PatentReadOptions,
  type PatentState,
  type PatentType,
} from './records'
import { memo } from '../import/memo'
import { squeeze } from '../import/text'
import { countOf, familyAbroad, isGrantDocument, saysYes, typeFromWords } from './rowFacts'

/** A row's cells read as one document of an application, before it is merged into its record. */
export interface PatentRow {
  readonly row: number
  readonly key: string
  readonly number: string
  /** Which document of its application the row is (documents layout): its publication number. */
  readonly document: string
  readonly type: PatentType
  /** Whether 专利类型 (or 文献类型) named the type, rather than the number's digit. */
  readonly typeNamed: boolean
  readonly state: PatentState
  readonly filed: number
  readonly published: number
  readonly granted: number
  readonly expired: number
  readonly title: string
  /** The IPC and applicants cells as they are: the records read each distinct cell once. */
  readonly ipc: string
  readonly applicants: string
  readonly address: string
  readonly flags: number
  /** A hash of the row's cells that say something about the application, to tell a repeat from a conflict. */
  readonly signature: number
}

type Cell = (field: PatentField) => string

/** A problem at a row's cell of `field` (or at the row). */
function problemAt(
  base: { file: string; row: number; columns: Partial<Record<PatentField, number>> },
  severity: Problem['severity'],
  code: Problem['code'],
  field: PatentField | undefined,
  params: Record<string, string | number>,
): Problem {
  const c = field === undefined ? undefined : base.columns[field]
  return { severity, code, file: base.file, row: base.row, ...(c === undefined ? {} : { column: c + 1 }), params }
}

const DATE_FIELDS = ['filingDate', 'publicationDate', 'grantDate', 'expiryDate'] as const
// The first patent law took effect on 1 April 1985: no Chinese application is older.
const FIRST_DAY = 19850401

/** How one list's cells are read: each distinct status or type cell once. */
interface CellReaders {
  readonly status: (text: string) => ReturnType<typeof readLegalStatus>
  readonly type: (text: string) => PatentType | undefined
  /** The fields the list has, but its inventors: what tells a repeated row from a conflicting one. */
  readonly compared: readonly PatentField[]
  readonly flagged: boolean
}

function cellReaders(mapping: PatentListMapping, options: PatentReadOptions): CellReaders {
  const answers = options.statusWords ?? new Map<string, PatentState>()
  const present = PATENT_FIELDS.filter((f) => mapping.columns[f] !== undefined)
  return {
    status: memo((text) => readLegalStatus(text, answers)),
    type: memo(typeFromWords),
    compared: present.filter((f) => f !== 'inventors'),
    flagged: present.some((f) => FLAG_FIELDS.includes(f)),
  }
}

const FLAG_FIELDS: readonly PatentField[] = ['family', 'pct', 'pledges', 'pledgeAmount', 'strategicIndustry', 'awards']

type At = (code: Problem['code'], f: PatentField, p: Record<string, string | number>) => Problem

/** The row's dates, and the problems that keep the row out (none, mostly: the array is made on the first). */
function readDates(cell: Cell, at: At, exported: number) {
  let problems: Problem[] | undefined
  const days = [0, 0, 0, 0]
  for (let k = 0; k < DATE_FIELDS.length; k++) {
    const f = DATE_FIELDS[k] ?? 'filingDate'
    const day = readPatentDate(cell(f))
    if (day === undefined || (day !== 0 && day < FIRST_DAY)) {
      ;(problems ??= []).push(at('badDate', f, { value: cell(f) }))
    } else if (day > exported) {
      ;(problems ??= []).push(at('dateAfterExport', f, { value: formatDay(day), exported: formatDay(exported) }))
    } else days[k] = day
  }
  const [filed = 0, published = 0, granted = 0, expired = 0] = days
  return { filed, published, granted, expired, problems }
}

function flagsOf(cell: Cell): number {
  let flags = 0
  if (familyAbroad(cell('family')) || saysYes(cell('pct'))) flags |= 1
  if (countOf(cell('pledges')) > 0 || countOf(cell('pledgeAmount')) > 0) flags |= 2
  if (countOf(cell('pledgeAmount')) >= 1000) flags |= 4
  if (saysYes(cell('strategicIndustry'))) flags |= 8
  if (saysYes(cell('awards'))) flags |= 16
  return flags
}

export type RowRead = { read?: PatentRow; problems: Problem[]; unknownWords: readonly string[] }

/**
 * The reader of one list's rows: reads a row, or says why it cannot be read (the row is then
 * left out). Inventors are never read.
 */
export function patentRowReader(
  mapping: PatentListMapping,
  options: PatentReadOptions,
): { read: (cells: readonly string[], row: number) => RowRead; latest: () => number } {
  const read = cellReaders(mapping, options)
  const { columns } = mapping
  // One row at a time: the cell reader is made once, not for each of a million rows.
  let cells: readonly string[] = []
  const cell: Cell = (f) => {
    const c = columns[f]
    return c === undefined ? '' : (cells[c] ?? '').trim()
  }
  let row = 0
  const at: At = (code, f, params) => problemAt({ file: options.file, row, columns }, 'error', code, f, params)
  // The latest day of any row, rejected or not, whatever the export date.
  let latest = 0
  const readRow = (rowCells: readonly string[], rowNumber: number): RowRead => {
    cells = rowCells
    row = rowNumber
    const number = readApplicationNumber(cell('applicationNumber'))
    if (!number)
      return {
        problems: [at('badApplicationNumber', 'applicationNumber', { value: cell('applicationNumber') })],
        unknownWords: [],
      }
    const problems: Problem[] = []
    if (number.badCheck)
      problems.push({
        ...at('badApplicationNumber', 'applicationNumber', { value: cell('applicationNumber') }),
        severity: 'warning',
      })
    const dates = readDates(cell, at, options.exported)
    latest = Math.max(latest, dates.filed, dates.published, dates.granted, dates.expired)
    if (dates.problems) return { problems: [...problems, ...dates.problems], unknownWords: [] }
    return rowOf(cell, row, number, dates, read, mapping.layout, at, problems)
  }
  return { read: readRow, latest: () => latest }
}

// FNV-1a over the compared cells: a repeated row is told from a conflicting one without keeping its text.
function signatureOf(cell: Cell, fields: readonly PatentField[]): number {
  let h = 0x811c9dc5
  for (const f of fields) {
    const text = cell(f)
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    h = Math.imul(h ^ 0xffff, 0x01000193)
  }
  return h >>> 0
}

function rowOf(
  cell: Cell,
  row: number,
  number: NonNullable<ReturnType<typeof readApplicationNumber>>,
  dates: ReturnType<typeof readDates>,
  read: CellReaders,
  layout: PatentListMapping['layout'],
  at: At,
  problems: Problem[],
): RowRead {
  const named = read.type(cell('patentType')) ?? read.type(cell('documentType'))
  const grantDoc = isGrantDocument(cell('documentType'), cell('publicationNumber'))
  let { published, granted } = dates
  // A grant's document is the grant's announcement; 授权日, where the list has it, says the same.
  const grantFrom = granted === 0 && grantDoc === true ? 'publicationDate' : 'grantDate'
  if (grantFrom === 'publicationDate') granted = published
  if (granted !== 0 && dates.filed !== 0 && granted < dates.filed) {
    problems.push(at('grantBeforeFiling', grantFrom, { value: formatDay(granted), filed: formatDay(dates.filed) }))
    return { problems, unknownWords: [] }
  }
  if (layout === 'documents' && grantDoc === true) published = 0
  const status = read.status(cell('currentStatus') || cell('legalStatus'))
  const postcode = cell('postcode')
  const address = cell('address')
  return {
    read: {
      row,
      key: number.digits,
      number: formatApplicationNumber(number),
      document:
        layout === 'documents'
          ? squeeze(cell('publicationNumber')) || `${cell('documentType')}|${published || granted}`
          : '',
      type: named ?? typeFromNumber(number),
      typeNamed: named !== undefined,
      state: status.state,
      filed: dates.filed,
      published,
      granted,
      expired: dates.expired,
      title: cell('title'),
      ipc: cell('ipc'),
      applicants: cell('applicants') || cell('currentHolder'),
      // The postcode helps place an address that names no county; an address may start with it already.
      address: postcode && !/^\d{6}/.test(address) ? `${postcode} ${address}` : address,
      flags: read.flagged ? flagsOf(cell) : 0,
      signature: signatureOf(cell, read.compared),
    },
    problems,
    unknownWords: status.unknown,
  }
}
