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

class Dictionary {
  readonly values: string[] = []
  private readonly index = new Map<string, number>()
  id(value: string): number {
    let i = this.index.get(value)
    if (i === undefined) {
      i = this.values.length
      this.values.push(value)
      this.index.set(value, i)
    }
    return i
  }
}

/** The main IPC code's WIPO field; the other codes decide where chemistry co-classified in A61K goes. */
function fieldOf(codes: string): number {
  const [main = '', ...others] = codes.split('; ')
  return techField(main, others) ?? 0
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false
  return true
}

/** Records as they grow, one entry per application, merged from its documents. */
export class PatentColumns {
  private readonly byKey = new Map<string, number>()
  private readonly docs = new Map<string, number>()
  private readonly applicants = new Dictionary()
  private readonly addresses = new Dictionary()
  private readonly unknown = new Map<string, { row: number; count: number }>()
  private readonly problems: Problem[] = []
  private readonly number: string[] = []
  private readonly type: number[] = []
  private readonly state: number[] = []
  private readonly filed: number[] = []
  private readonly granted: number[] = []
  private readonly published: number[] = []
  private readonly expired: number[] = []
  private readonly title: string[] = []
  private readonly ipc: string[] = []
  private readonly applicant: number[] = []
  private readonly coApplicants: string[] = []
  private readonly address: number[] = []
  private readonly flags: number[] = []
  private readonly row: number[] = []
  private readonly signature: number[] = []
  /** The date of the document whose legal status a record holds: a later document's status wins. */
  private readonly statusDay: number[] = []
  private rows = 0
  private rejected = 0

  private readonly readRow: ReturnType<typeof patentRowReader>

  constructor(
    private readonly mapping: PatentListMapping,
    private readonly options: PatentReadOptions,
  ) {
    this.readRow = patentRowReader(mapping, options)
  }

  add(cells: readonly string[], row: number): void {
    if (isBlank(cells)) return
    this.rows++
    // Without its number no row is an application: the list is refused once, not row by row.
    if (this.mapping.columns.applicationNumber === undefined) {
      this.rejected++
      return
    }
    const { read, problems, unknownWords } = this.readRow(cells, row)
    this.problems.push(...problems)
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
    if (i === undefined) this.append(read)
    else if (!this.merge(i, read)) this.rejected++
  }

  private append(r: PatentRow): void {
    this.byKey.set(r.key, this.number.length)
    this.number.push(r.number)
    this.type.push(typeCode(r.type))
    this.state.push(stateCode(r.state))
    this.filed.push(r.filed)
    this.granted.push(r.granted)
    this.published.push(r.published)
    this.expired.push(r.expired)
    this.statusDay.push(r.granted || r.published)
    this.setParties(this.number.length - 1, r)
    this.ipc.push(r.ipc.join('; '))
    this.flags.push(r.flags)
    this.row.push(r.row)
    const sig = r.signature
    this.signature.push(sig)
    if (r.document !== '') this.docs.set(r.document, sig)
  }

  private setParties(i: number, r: PatentRow): void {
    const [first = '', ...others] = r.applicants
    this.title[i] = r.title
    this.applicant[i] = this.applicants.id(first)
    this.coApplicants[i] = others.join('；')
    this.address[i] = this.addresses.id(r.address)
  }

  /** Merges a later row of an application; false (and a problem) when the two disagree. */
  private merge(i: number, r: PatentRow): boolean {
    const sig = r.signature
    if (this.mapping.layout === 'applications' || this.docs.has(r.document)) {
      const earlier = this.mapping.layout === 'documents' ? this.docs.get(r.document) : this.signature[i]
      return earlier === sig || this.conflict(i, r)
    }
    const filed = this.filed[i] ?? 0
    if ((filed !== 0 && r.filed !== 0 && filed !== r.filed) || (r.typeNamed && typeCode(r.type) !== this.type[i]))
      return this.conflict(i, r)
    this.docs.set(r.document, sig)
    if (r.filed !== 0) this.filed[i] = r.filed
    if (r.typeNamed) this.type[i] = typeCode(r.type)
    this.granted[i] = Math.max(this.granted[i] ?? 0, r.granted)
    const published = this.published[i] ?? 0
    if (r.published !== 0 && (published === 0 || r.published < published)) this.published[i] = r.published
    this.expired[i] = Math.max(this.expired[i] ?? 0, r.expired)
    this.flags[i] = (this.flags[i] ?? 0) | r.flags
    if (!this.ipc[i] && r.ipc.length > 0) this.ipc[i] = r.ipc.join('; ')
    // The later document is the application as it now stands: its status, title and holders.
    const day = r.granted || r.published
    if (day >= (this.statusDay[i] ?? 0)) {
      this.statusDay[i] = day
      this.state[i] = stateCode(r.state)
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
      params: { value: r.number, otherRow: this.row[i] ?? 0 },
    })
    return false
  }

  finish(): PatentRead {
    const length = this.number.length
    const records: PatentRecords = {
      length,
      number: this.number,
      type: Uint8Array.from(this.type),
      state: Uint8Array.from(this.state),
      filed: Uint32Array.from(this.filed),
      granted: Uint32Array.from(this.granted),
      published: Uint32Array.from(this.published),
      expired: Uint32Array.from(this.expired),
      title: this.title,
      ipc: this.ipc,
      // A list repeats a few thousand IPC codes: each is looked up once.
      field: Uint8Array.from(this.ipc, memo(fieldOf)),
      applicant: Uint32Array.from(this.applicant),
      applicants: this.applicants.values,
      coApplicants: this.coApplicants,
      address: Uint32Array.from(this.address),
      addresses: this.addresses.values,
      flags: Uint8Array.from(this.flags),
      row: Uint32Array.from(this.row),
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
