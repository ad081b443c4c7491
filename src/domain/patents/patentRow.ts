import type { Problem } from '../problem'
import { normaliseApplicant, splitNames } from './applicant'
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
  readonly ipc: readonly string[]
  readonly applicants: readonly string[]
  readonly address: string
  readonly flags: number
  /** The row's cells that say something about the application, to tell a repeat from a conflict. */
  readonly signature: string
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

/** The row's dates, or the problems that keep the row out. */
function readDates(
  cell: Cell,
  at: (code: Problem['code'], f: PatentField, p: Record<string, string | number>) => Problem,
  exported: number,
) {
  const problems: Problem[] = []
  const days = DATE_FIELDS.map((f) => {
    const day = readPatentDate(cell(f))
    if (day === undefined || (day !== 0 && day < FIRST_DAY)) {
      problems.push(at('badDate', f, { value: cell(f) }))
      return 0
    }
    if (day > exported)
      problems.push(at('dateAfterExport', f, { value: formatDay(day), exported: formatDay(exported) }))
    return day
  })
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

/** Reads one row, or says why it cannot be read (the row is then left out). */
export function readPatentRow(
  cells: readonly string[],
  row: number,
  mapping: PatentListMapping,
  options: PatentReadOptions,
): { read?: PatentRow; problems: Problem[]; unknownWords: readonly string[] } {
  const { columns, layout } = mapping
  const cell: Cell = (f) => {
    const c = columns[f]
    return c === undefined ? '' : (cells[c] ?? '').trim()
  }
  const base = { file: options.file, row, columns }
  const at = (code: Problem['code'], f: PatentField, params: Record<string, string | number>) =>
    problemAt(base, 'error', code, f, params)
  const number = readApplicationNumber(cell('applicationNumber'))
  if (!number)
    return {
      problems: [at('badApplicationNumber', 'applicationNumber', { value: cell('applicationNumber') })],
      unknownWords: [],
    }
  const problems: Problem[] = []
  if (number.badCheck)
    problems.push(
      problemAt(base, 'warning', 'badApplicationNumber', 'applicationNumber', { value: cell('applicationNumber') }),
    )
  const dates = readDates(cell, at, options.exported)
  problems.push(...dates.problems)
  if (dates.problems.length > 0) return { problems, unknownWords: [] }

  const named = typeFromWords(cell('patentType')) ?? typeFromWords(cell('documentType'))
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
  const status = readLegalStatus(cell('currentStatus') || cell('legalStatus'), options.statusWords ?? new Map())
  const applicants = splitNames(cell('applicants') || cell('currentHolder'))
    .map(normaliseApplicant)
    .filter((a) => a)
  const postcode = cell('postcode')
  const address = cell('address')
  const signature = PATENT_FIELDS.filter((f) => f !== 'inventors')
    .map(cell)
    .join('\u0000')
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
      ipc: splitNames(cell('ipc')),
      applicants,
      // The postcode helps place an address that names no county; an address may start with it already.
      address: postcode && !/^\d{6}/.test(address) ? `${postcode} ${address}` : address,
      flags: flagsOf(cell),
      signature,
    },
    problems,
    unknownWords: status.unknown,
  }
}
