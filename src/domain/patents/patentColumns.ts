import { memo } from '../import/memo'
import type { Problem } from '../problem'
import { patentRowReader, type PatentRow } from './patentRow'
import {
  PATENT_FIELDS,
  stateCode,
  typeCode,
  type PatentListMapping,
  type PatentRead,
  type PatentReadOptions,
  type PatentRecords,
} from './records'
import { techField } from './techField'
import { normaliseApplicant, splitNames } from './applicant'
import { ApplicationKeys } from './applicationKeys'

class Dictionary {
  readonly values: string[] = []
  private readonly index = new Map<string, number>()
  id(value: string): number {
    let i = this.index.get(value)
    if (i === undefined) {
      i = this.values.length
      this.values.push(own(value))
      this.index.set(value, i)
    }
    return i
  }
}

/**
 * A copy of a cell's text that holds nothing else: a cell is a slice of the decoded chunk it came
 * in, and a record kept for a million rows would keep every chunk of the file alive with it.
 */
const own = (text: string) => (text.length < 13 ? text : ` ${text}`.slice(1))

type Typed = Uint8Array | Uint32Array

/** A typed column that doubles as records come: no million boxed numbers, no copy but the last. */
class Column<T extends Typed> {
  private values: T
  constructor(private readonly make: (length: number) => T) {
    this.values = make(1024)
  }
  at(i: number): number {
    return this.values[i] ?? 0
  }
  set(i: number, value: number): void {
    if (i >= this.values.length) {
      const grown = this.make(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[i] = value
  }
  done(length: number): T {
    return this.values.slice(0, length) as T
  }
}

const bytes = () => new Column((n) => new Uint8Array(n))
const days = () => new Column((n) => new Uint32Array(n))

/** The IPC cell's codes, the main one first, and the main code's WIPO field. */
function ipcOf(cell: string): { readonly codes: string; readonly field: number } {
  const codes = splitNames(cell).join('; ')
  // The other codes decide where chemistry co-classified in A61K goes.
  const [main = '', ...others] = codes.split('; ')
  return { codes: own(codes), field: techField(main, others) ?? 0 }
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false
  return true
}

/** Records as they grow, one entry per application, merged from its documents. */
export class PatentColumns {
  private readonly byKey = new ApplicationKeys()
  private readonly docs = new Map<string, number>()
  private readonly applicants = new Dictionary()
  private readonly addresses = new Dictionary()
  private readonly unknown = new Map<string, { row: number; count: number }>()
  private readonly problems: Problem[] = []
  private readonly number: string[] = []
  private readonly type = bytes()
  private readonly state = bytes()
  private readonly filed = days()
  private readonly granted = days()
  private readonly published = days()
  private readonly expired = days()
  private readonly title: string[] = []
  private readonly ipc: string[] = []
  private readonly field = bytes()
  private readonly applicant = days()
  private readonly coApplicants: string[] = []
  private readonly address = days()
  private readonly flags = bytes()
  private readonly row = days()
  private readonly signature = days()
  /** The date of the document whose legal status a record holds: a later document's status wins. */
  private readonly statusDay = days()
  private length = 0
  private rows = 0
  private rejected = 0
  // A list repeats its applicants and IPC cells: each distinct cell is read once.
  private readonly parties = memo((cell: string) => {
    const [first = '', ...others] = splitNames(cell)
      .map(normaliseApplicant)
      .filter((a) => a)
    return { applicant: this.applicants.id(first), others: own(others.join('；')) }
  })
  private readonly codes = memo(ipcOf)

  private readonly reader: ReturnType<typeof patentRowReader>

  constructor(
    private readonly mapping: PatentListMapping,
    private readonly options: PatentReadOptions,
  ) {
    this.reader = patentRowReader(mapping, options)
  }

  /** The latest date of any row read, 0 for none. */
  get latest(): number {
    return this.reader.latest()
  }

  add(cells: readonly string[], row: number): void {
    if (isBlank(cells)) return
    this.rows++
    // Without its number no row is an application: the list is refused once, not row by row.
    if (this.mapping.columns.applicationNumber === undefined) {
      this.rejected++
      return
    }
    const { read, problems, unknownWords } = this.reader.read(cells, row)
    for (const p of problems) this.problems.push(p)
    if (!read) {
      this.rejected++
      return
    }
    for (const word of unknownWords) {
      const seen = this.unknown.get(word)
      if (seen) seen.count++
      else this.unknown.set(word, { row, count: 1 })
    }
    const i = this.byKey.get(read.key)
    if (i < 0) this.append(read)
    else if (!this.merge(i, read)) this.rejected++
  }

  private append(r: PatentRow): void {
    const i = this.length++
    this.byKey.set(r.key, i)
    this.number.push(r.number)
    this.type.set(i, typeCode(r.type))
    this.state.set(i, stateCode(r.state))
    this.filed.set(i, r.filed)
    this.granted.set(i, r.granted)
    this.published.set(i, r.published)
    this.expired.set(i, r.expired)
    this.statusDay.set(i, r.granted || r.published)
    this.setParties(i, r)
    const ipc = this.codes(r.ipc)
    this.ipc.push(ipc.codes)
    this.field.set(i, ipc.field)
    this.flags.set(i, r.flags)
    this.row.set(i, r.row)
    this.signature.set(i, r.signature)
    if (r.document !== '') this.docs.set(r.document, r.signature)
  }

  private setParties(i: number, r: PatentRow): void {
    const parties = this.parties(r.applicants)
    this.title[i] = own(r.title)
    this.applicant.set(i, parties.applicant)
    this.coApplicants[i] = parties.others
    this.address.set(i, this.addresses.id(r.address))
  }

  /** Merges a later row of an application; false (and a problem) when the two disagree. */
  private merge(i: number, r: PatentRow): boolean {
    const sig = r.signature
    if (this.mapping.layout === 'applications' || this.docs.has(r.document)) {
      const earlier = this.mapping.layout === 'documents' ? this.docs.get(r.document) : this.signature.at(i)
      return earlier === sig || this.conflict(i, r)
    }
    const filed = this.filed.at(i)
    if ((filed !== 0 && r.filed !== 0 && filed !== r.filed) || (r.typeNamed && typeCode(r.type) !== this.type.at(i)))
      return this.conflict(i, r)
    this.docs.set(r.document, sig)
    if (r.filed !== 0) this.filed.set(i, r.filed)
    if (r.typeNamed) this.type.set(i, typeCode(r.type))
    this.granted.set(i, Math.max(this.granted.at(i), r.granted))
    const published = this.published.at(i)
    if (r.published !== 0 && (published === 0 || r.published < published)) this.published.set(i, r.published)
    this.expired.set(i, Math.max(this.expired.at(i), r.expired))
    this.flags.set(i, this.flags.at(i) | r.flags)
    const ipc = this.codes(r.ipc)
    if (!this.ipc[i] && ipc.codes) {
      this.ipc[i] = ipc.codes
      this.field.set(i, ipc.field)
    }
    // The later document is the application as it now stands: its status, title and holders.
    const day = r.granted || r.published
    if (day >= this.statusDay.at(i)) {
      this.statusDay.set(i, day)
      this.state.set(i, stateCode(r.state))
      this.setParties(i, r)
    }
    return true
  }

  private conflict(i: number, r: PatentRow): false {
    const column = this.mapping.columns.applicationNumber
    this.problems.push({
      severity: 'error',
      code: 'patentConflict',
      file: this.options.file,
      row: r.row,
      ...(column === undefined ? {} : { column: column + 1 }),
      params: { value: r.number, otherRow: this.row.at(i) },
    })
    return false
  }

  finish(): PatentRead {
    const { length } = this
    const records: PatentRecords = {
      length,
      number: this.number,
      type: this.type.done(length),
      state: this.state.done(length),
      filed: this.filed.done(length),
      granted: this.granted.done(length),
      published: this.published.done(length),
      expired: this.expired.done(length),
      title: this.title,
      ipc: this.ipc,
      field: this.field.done(length),
      applicant: this.applicant.done(length),
      applicants: this.applicants.values,
      coApplicants: this.coApplicants,
      address: this.address.done(length),
      addresses: this.addresses.values,
      flags: this.flags.done(length),
      row: this.row.done(length),
    }
    const missing: Problem[] =
      this.mapping.columns.applicationNumber === undefined
        ? [
            {
              severity: 'error',
              code: 'missingColumn',
              file: this.options.file,
              row: this.mapping.headerRow + 1,
              params: { columns: '申请号' },
            },
          ]
        : []
    return { list: this.listOf(records), problems: [...missing, ...this.problems, ...this.unknownProblems()] }
  }

  private listOf(records: PatentRecords) {
    const { columns, layout } = this.mapping
    const facts = Object.fromEntries(PATENT_FIELDS.map((f) => [f, columns[f] !== undefined])) as Record<
      (typeof PATENT_FIELDS)[number],
      boolean
    >
    const { file, exported } = this.options
    return { records, facts, layout, file, exported, rows: this.rows, rejected: this.rejected }
  }

  private unknownProblems(): Problem[] {
    const c = this.mapping.columns.currentStatus ?? this.mapping.columns.legalStatus
    return [...this.unknown].map(([word, { row, count }]) => ({
      severity: 'warning' as const,
      code: 'unknownLegalStatus' as const,
      file: this.options.file,
      row,
      ...(c === undefined ? {} : { column: c + 1 }),
      params: { value: word, count },
    }))
  }
}
