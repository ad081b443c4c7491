import { hiddenCharacter } from '../hiddenText'
import type { Problem } from '../problem'
import { isDay } from './patentDate'
import {
  PATENT_FIELDS,
  PATENT_FLAGS,
  PATENT_STATES,
  PATENT_TYPES,
  type PatentList,
  type PatentRecords,
} from './records'
import { TECH_FIELDS } from './techField'
import { readUtf8List, utf8Length, writeUtf8 } from './utf8'

/**
 * A patent list as one compact file, published beside the figures so a reader's browser can drill
 * into the records: "HYPT", a version, the list's facts, then each column whole. Numbers are
 * little-endian; a list of texts is each text's UTF-8 byte length (LEB128), then the texts back to back. Everything read back is checked
 * before it is believed: the server takes the file from a browser, and a reader's browser from the
 * server. Inventors are not in the records, so not in the file.
 */

const MAGIC = [0x48, 0x59, 0x50, 0x54]
const VERSION = 1
const LAYOUTS = ['documents', 'applications'] as const
const BYTE_COLUMNS = ['type', 'state', 'field', 'flags'] as const
const DAY_COLUMNS = ['filed', 'granted', 'published', 'expired'] as const
const INDEX_COLUMNS = ['applicant', 'address', 'row'] as const
const TEXT_COLUMNS = ['number', 'title', 'ipc', 'coApplicants'] as const
/** The least bytes one record takes: its byte and number columns, and a length for each text. */
const RECORD_BYTES = BYTE_COLUMNS.length + 4 * (DAY_COLUMNS.length + INDEX_COLUMNS.length) + TEXT_COLUMNS.length
const ALL_FLAGS = Object.values(PATENT_FLAGS).reduce((a, b) => a | b, 0)
/** Typed arrays are copied byte for byte where the machine's order is the file's. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1
const NUMBER = /^CN(?:\d{12}|\d{8})\.[\dX]$/
/** A hostile file could hold a million bad values: the first few say enough. */
const PROBLEMS_SHOWN = 20

/** A byte buffer that doubles as it fills: the file's size is known only once its strings are written. */
class Writer {
  bytes = new Uint8Array(1 << 16)
  at = 0

  room(n: number) {
    if (this.at + n <= this.bytes.length) return
    let size = this.bytes.length * 2
    while (size < this.at + n) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.bytes.subarray(0, this.at))
    this.bytes = grown
  }

  u8(n: number) {
    this.room(1)
    this.bytes[this.at++] = n
  }

  u32(n: number) {
    this.room(4)
    new DataView(this.bytes.buffer).setUint32(this.at, n, true)
    this.at += 4
  }

  varint(n: number) {
    this.room(5)
    let v = n
    while (v >= 0x80) {
      this.bytes[this.at++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.bytes[this.at++] = v
  }

  texts(list: readonly string[]) {
    let total = 0
    for (const s of list) {
      const n = utf8Length(s)
      this.varint(n)
      total += n
    }
    this.room(total)
    for (const s of list) this.at = writeUtf8(s, this.bytes, this.at)
  }

  numbers(values: Uint32Array) {
    this.room(values.length * 4)
    if (LITTLE_ENDIAN) this.bytes.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), this.at)
    else {
      const view = new DataView(this.bytes.buffer)
      values.forEach((v, i) => view.setUint32(this.at + 4 * i, v, true))
    }
    this.at += values.length * 4
  }
}

/** The list as a records file. */
export function encodePatentFile(list: PatentList): Uint8Array {
  const r = list.records
  const w = new Writer()
  for (const b of MAGIC) w.u8(b)
  w.u8(VERSION)
  w.u8(LAYOUTS.indexOf(list.layout))
  w.u8(0)
  w.u8(0)
  for (const n of [r.length, list.exported, list.rows, list.rejected]) w.u32(n)
  w.u32(PATENT_FIELDS.reduce((bits, f, i) => (list.facts[f] ? bits | (1 << i) : bits), 0))
  w.texts([list.file])
  for (const c of BYTE_COLUMNS) {
    w.room(r.length)
    w.bytes.set(r[c], w.at)
    w.at += r.length
  }
  for (const c of [...DAY_COLUMNS, ...INDEX_COLUMNS]) w.numbers(r[c])
  for (const dictionary of [r.applicants, r.addresses]) {
    w.u32(dictionary.length)
    w.texts(dictionary)
  }
  for (const c of TEXT_COLUMNS) w.texts(r[c])
  return w.bytes.slice(0, w.at)
}

/** What a records file read back is: the list, or why not, located in the file or at a record's row. */
export type PatentFileRead =
  { readonly ok: true; readonly list: PatentList } | { readonly ok: false; readonly problems: Problem[] }

/** Thrown inside the reader where the bytes stop making sense; caught as one problem. */
class Damaged extends Error {
  constructor(
    readonly section: string,
    readonly offset: number,
    /** Set when the file is no records file of this version at all. */
    readonly version?: number,
  ) {
    super(`${section} at ${offset}`)
  }
}

class Reader {
  at = 0
  section = 'header'
  private readonly view: DataView

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  get left() {
    return this.bytes.length - this.at
  }

  need(n: number) {
    if (n > this.left) throw new Damaged(this.section, this.bytes.length)
  }

  u8() {
    this.need(1)
    return this.bytes[this.at++] ?? 0
  }

  u32() {
    this.need(4)
    const n = this.view.getUint32(this.at, true)
    this.at += 4
    return n
  }

  /** A count of things each taking at least `each` bytes: never more than the bytes left could hold. */
  count(each: number) {
    const at = this.at
    const n = this.u32()
    if (n * each > this.left) throw new Damaged(this.section, at)
    return n
  }

  varint() {
    const at = this.at
    let n = 0
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.u8()
      n += (b & 0x7f) * 2 ** shift
      if (b < 0x80) return n
    }
    throw new Damaged(this.section, at)
  }

  /** `count` texts: their lengths, each summed only while the bytes left could hold them, then the texts. */
  texts(count: number) {
    const ends = new Uint32Array(count)
    let total = 0
    for (let i = 0; i < count; i++) {
      const at = this.at
      total += this.varint()
      if (total > this.left) throw new Damaged(this.section, at)
      ends[i] = total
    }
    const start = this.at
    const texts = readUtf8List(this.bytes, start, ends)
    if (typeof texts === 'number') throw new Damaged(this.section, start + (ends[texts - 1] ?? 0))
    this.at += total
    return texts
  }

  byteColumn(length: number) {
    this.need(length)
    this.at += length
    return this.bytes.slice(this.at - length, this.at)
  }

  numbers(length: number) {
    this.need(length * 4)
    const out = new Uint32Array(length)
    if (LITTLE_ENDIAN) new Uint8Array(out.buffer).set(this.bytes.subarray(this.at, this.at + length * 4))
    else for (let i = 0; i < length; i++) out[i] = this.view.getUint32(this.at + 4 * i, true)
    this.at += length * 4
    return out
  }
}

const damaged = (section: string, offset: number, version?: number): Problem =>
  version === undefined
    ? { severity: 'error', code: 'patentFileDamaged', params: { section, offset } }
    : { severity: 'error', code: 'notPatentFile', params: { version } }

/** The list's facts from the header. */
function readHeader(r: Reader) {
  const version = r.bytes.length >= 5 && MAGIC.every((b, i) => r.bytes[i] === b) ? r.bytes[4] : -1
  if (version !== VERSION) throw new Damaged('header', 0, version ?? -1)
  r.at = 5
  const layout = LAYOUTS[r.u8()]
  r.at += 2
  const length = r.count(RECORD_BYTES)
  const [exported, rows, rejected, facts] = [r.u32(), r.u32(), r.u32(), r.u32()]
  if (!layout || !isDay(exported) || rejected > rows || facts >= 2 ** PATENT_FIELDS.length)
    throw new Damaged('header', 5)
  r.section = 'file'
  const file = r.texts(1)[0] ?? ''
  return {
    length,
    layout,
    exported,
    rows,
    rejected,
    file,
    facts: Object.fromEntries(PATENT_FIELDS.map((f, i) => [f, (facts & (1 << i)) !== 0])) as PatentList['facts'],
  }
}

/** The columns as the file has them, each section named for a problem's location. */
function readColumns(r: Reader, length: number): PatentRecords {
  const read = <T>(section: string, f: () => T): T => {
    r.section = section
    return f()
  }
  const bytes = Object.fromEntries(BYTE_COLUMNS.map((c) => [c, read(c, () => r.byteColumn(length))]))
  const numbers = Object.fromEntries(
    [...DAY_COLUMNS, ...INDEX_COLUMNS].map((c) => [c, read(c, () => r.numbers(length))]),
  )
  const applicants = read('applicants', () => r.texts(r.count(1)))
  const addresses = read('addresses', () => r.texts(r.count(1)))
  const texts = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, read(c, () => r.texts(length))]))
  return { length, ...bytes, ...numbers, ...texts, applicants, addresses } as unknown as PatentRecords
}

/** Why record i cannot stand: [column, value], or undefined. */
function badValue(records: PatentRecords, i: number, hidden: (name: string) => string | null) {
  const r = records
  const byte = (c: (typeof BYTE_COLUMNS)[number]) => r[c][i] ?? 0
  if (byte('type') >= PATENT_TYPES.length) return ['type', byte('type')] as const
  if (byte('state') >= PATENT_STATES.length) return ['state', byte('state')] as const
  if (byte('field') > TECH_FIELDS.length) return ['field', byte('field')] as const
  if ((byte('flags') & ~ALL_FLAGS) !== 0) return ['flags', byte('flags')] as const
  for (const c of DAY_COLUMNS) {
    const d = r[c][i] ?? 0
    if (d !== 0 && !isDay(d)) return [c, d] as const
  }
  if ((r.applicant[i] ?? 0) >= Math.max(1, r.applicants.length)) return ['applicant', r.applicant[i] ?? 0] as const
  if ((r.address[i] ?? 0) >= Math.max(1, r.addresses.length)) return ['address', r.address[i] ?? 0] as const
  if ((r.row[i] ?? 0) < 2) return ['row', r.row[i] ?? 0] as const
  const number = r.number[i] ?? ''
  if (!NUMBER.test(number)) return ['number', number] as const
  for (const name of [
    r.applicants[r.applicant[i] ?? 0] ?? '',
    r.addresses[r.address[i] ?? 0] ?? '',
    r.coApplicants[i] ?? '',
  ]) {
    const char = hidden(name)
    if (char) return ['hidden', name, char] as const
  }
  return undefined
}

/** Every record's codes, dates, indexes and names checked, as the reader would have made them. */
function recordProblems(list: PatentList): Problem[] {
  const problems: Problem[] = []
  const seen = new Map<string, string | null>()
  const hidden = (name: string) => {
    let char = seen.get(name)
    if (char === undefined) seen.set(name, (char = hiddenCharacter(name)?.char ?? null))
    return char
  }
  const { records } = list
  for (let i = 0; i < records.length && problems.length < PROBLEMS_SHOWN; i++) {
    const bad = badValue(records, i, hidden)
    if (!bad) continue
    const at = { severity: 'error', file: list.file, row: Math.max(0, records.row[i] ?? 0) } as const
    problems.push(
      bad[0] === 'hidden'
        ? { ...at, code: 'hiddenCharacter', params: { value: hiddenCharacter(bad[1])?.shown ?? bad[1], char: bad[2] } }
        : { ...at, code: 'badPatentRecord', params: { field: bad[0], value: bad[1] } },
    )
  }
  return problems
}

/** A records file read back and checked whole; a file that fails any check gives no list at all. */
export function decodePatentFile(bytes: Uint8Array): PatentFileRead {
  const r = new Reader(bytes)
  try {
    const { length, ...header } = readHeader(r)
    const records = readColumns(r, length)
    r.section = 'end'
    if (r.left !== 0) throw new Damaged('end', r.at)
    const list: PatentList = { ...header, records }
    const problems = recordProblems(list)
    return problems.length ? { ok: false, problems } : { ok: true, list }
  } catch (e) {
    if (e instanceof Damaged) return { ok: false, problems: [damaged(e.section, e.offset, e.version)] }
    throw e
  }
}

/** What a records file's header says: enough to name the list without reading its records. */
export interface PatentFileHeader {
  readonly file: string
  readonly exported: number
  readonly records: number
}

/** The header of a records file, or undefined if it is none (its records are not checked here). */
export function readPatentFileHeader(bytes: Uint8Array): PatentFileHeader | undefined {
  try {
    const { file, exported, length } = readHeader(new Reader(bytes))
    return { file, exported, records: length }
  } catch (e) {
    if (e instanceof Damaged) return undefined
    throw e
  }
}
