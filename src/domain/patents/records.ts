import type { Problem } from '../problem'

/**
 * A patent list read into columns: one entry per application (申请号), never per published document.
 * Dates are yyyymmdd integers (0 = none): no time zone can move a filing day. Inventor names are
 * not read at all: they are personal data, and no figure needs them.
 */

/** What a patent list's columns may hold, whatever the vendor calls them. */
export const PATENT_FIELDS = [
  'applicationNumber',
  'filingDate',
  'publicationNumber',
  'publicationDate',
  'grantDate',
  'title',
  'ipc',
  'applicants',
  'inventors',
  'address',
  'postcode',
  'province',
  'agency',
  'legalStatus',
  'currentStatus',
  'currentHolder',
  'documentType',
  'patentType',
  'family',
  'pct',
  'transfers',
  'licences',
  'pledges',
  'pledgeAmount',
  'expiryDate',
  'strategicIndustry',
  'awards',
] as const
export type PatentField = (typeof PATENT_FIELDS)[number]

/**
 * 'documents': one row per published document (CNIPA's search export), an invention's A publication
 * and B grant on two rows; 'applications': one row per application (commercial databases).
 */
const PATENT_LAYOUTS = ['documents', 'applications'] as const
export type PatentLayout = (typeof PATENT_LAYOUTS)[number]

/** How a file's columns are read as a patent list: shown to the analyst, who may edit it. */
export interface PatentListMapping {
  readonly layout: PatentLayout
  /** 0-based index of the header row; the rows after it are records. */
  readonly headerRow: number
  /** The header cells as the file has them. */
  readonly headers: readonly string[]
  /** 0-based column of each field the file has; a field it lacks is absent. */
  readonly columns: Partial<Record<PatentField, number>>
}

/** Invention, utility model, design; a number whose type cannot be read is 'unknown'. */
export const PATENT_TYPES = ['invention', 'utilityModel', 'design', 'unknown'] as const
export type PatentType = (typeof PATENT_TYPES)[number]

/** The legal state a status word stands for; 'unknown' for a word nobody has mapped yet. */
export const PATENT_STATES = ['valid', 'invalid', 'pending', 'unknown'] as const
export type PatentState = (typeof PATENT_STATES)[number]

/** Facts a record may carry as a flag (bits of `PatentRecords.flags`). */
export const PATENT_FLAGS = {
  /** A family member abroad (同族 outside CN) or a PCT filing. */
  familyAbroad: 1,
  /** Pledged at least once (质押次数 > 0). */
  pledged: 2,
  /** Pledge financing of 10 million yuan or more (质押金额 ≥ 1000 万元). */
  pledgedHigh: 4,
  /** In a strategic emerging industry (战略性新兴产业分类 not empty). */
  strategic: 8,
  /** Won a national science and technology award or a China Patent Award. */
  awarded: 16,
} as const

/** How a list is read. */
export interface PatentReadOptions {
  /** The file's name, as figures name their source. */
  readonly file: string
  /** The export date the analyst confirmed (yyyymmdd): the list is read as of that day. */
  readonly exported: number
  /** The analyst's answers: a status word → the state it stands for. */
  readonly statusWords?: ReadonlyMap<string, PatentState>
}

/** One patent list as columns, index i being one application. */
export interface PatentRecords {
  readonly length: number
  /** Normalised application number: "CN202310123456.7" (the check digit computed when missing). */
  readonly number: readonly string[]
  readonly type: Uint8Array
  readonly state: Uint8Array
  readonly filed: Uint32Array
  /** The grant's announcement date, from 授权日 or the B/U/S document's publication date. */
  readonly granted: Uint32Array
  /** The first publication date. */
  readonly published: Uint32Array
  /** 失效日期, where the list has it. */
  readonly expired: Uint32Array
  readonly title: readonly string[]
  /** Every IPC code of the record, the main one first, joined by "; ". */
  readonly ipc: readonly string[]
  /** WIPO technology field (1–35) of the main IPC code; 0 = none. */
  readonly field: Uint8Array
  /** The first applicant, as an index into `applicants` (names made uniform for width, brackets, spaces). */
  readonly applicant: Uint32Array
  readonly applicants: readonly string[]
  /** The other applicants, joined by "；" ('' for none). */
  readonly coApplicants: readonly string[]
  /** The first applicant's address, as an index into `addresses` (each placed once). */
  readonly address: Uint32Array
  readonly addresses: readonly string[]
  /** Bits of PATENT_FLAGS. */
  readonly flags: Uint8Array
  /** 1-based row of the record's first line in the file (header = 1), as Excel numbers rows. */
  readonly row: Uint32Array
}

/** What the list has columns for: a figure needing a fact the list lacks is not made, or is a proxy. */
export type PatentFacts = Readonly<Record<PatentField, boolean>>

/** A patent list as read: its records, what it could say, and the rows it could not read. */
export interface PatentList {
  readonly records: PatentRecords
  readonly facts: PatentFacts
  readonly layout: PatentLayout
  /** The file's name and the export date the analyst confirmed (yyyymmdd). */
  readonly file: string
  readonly exported: number
  /** Rows read, and rows left out by an error (each one a problem). */
  readonly rows: number
  readonly rejected: number
}

/** A list as read, with every problem of its rows. */
export interface PatentRead {
  readonly list: PatentList
  readonly problems: Problem[]
}

export const typeCode = (t: PatentType) => PATENT_TYPES.indexOf(t)
export const stateCode = (s: PatentState) => PATENT_STATES.indexOf(s)
