import { gunzipSync } from 'node:zlib'
import { hiddenCharacter } from '../../src/domain/hiddenText'
import { parseCsvRows } from '../../src/domain/csv/csv'
import { decodePatentFile } from '../../src/domain/patents/patentFile'
import { readPlaceLookup } from '../../src/domain/patents/place'
import type { Problem } from '../../src/domain/problem'
import { ApiError, invalidData } from '../errors'
import type { StoredManifest } from '../store/manifest'

/** The names a version's patent records and place lookup are published under. */
export const PATENTS_FILE = 'patents.bin'
export const PLACES_FILE = 'places.csv'

/**
 * A million records take about 90 MB unpacked; the bound leaves room for long titles and keeps a
 * small body that unpacks to gigabytes (a gzip bomb) from being unpacked past it.
 */
export const MAX_PATENTS_BYTES = 256 * 1024 * 1024

const patentsTooLarge = () =>
  new ApiError(
    413,
    'patentsTooLarge',
    {
      zh: `专利记录文件解压后超过上限 ${MAX_PATENTS_BYTES / 1024 / 1024} MB，未发布。`,
      en: `The patent records file unpacks to more than ${MAX_PATENTS_BYTES / 1024 / 1024} MB; nothing was published.`,
    },
    { limit: MAX_PATENTS_BYTES },
  )

const damaged = (section: string): ApiError =>
  invalidData([{ severity: 'error', code: 'patentFileDamaged', file: PATENTS_FILE, params: { section, offset: 0 } }])

/** The gzip bytes a base64 text holds, when it is base64 written the one way Node writes it back. */
function unpacked(base64: string): Buffer {
  const packed = Buffer.from(base64, 'base64')
  if (packed.toString('base64') !== base64) throw damaged('base64')
  try {
    return gunzipSync(packed, { maxOutputLength: MAX_PATENTS_BYTES })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw patentsTooLarge()
    throw damaged('gzip')
  }
}

/**
 * The records file a publish sends, unpacked within its bound and read back with the browser's own
 * decoder: every length, code, date, index and name checked. Refused whole, with located problems.
 */
export function checkedPatents(base64: string): { readonly bytes: Uint8Array; readonly records: number } {
  const bytes = unpacked(base64)
  const read = decodePatentFile(bytes)
  if (!read.ok) throw invalidData(read.problems.map((p) => (p.file ? p : { ...p, file: PATENTS_FILE })))
  return { bytes, records: read.list.records.length }
}

// What no rule's words or target may hold: control characters, and U+FFFD (invalid UTF-8 in the body).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/

/** A cell's character nobody sees, as U+XXXX, or null. */
function unseen(cell: string): { shown: string; char: string } | null {
  const control = CONTROL.exec(cell)
  if (!control) return hiddenCharacter(cell)
  const char = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  return { shown: cell.replace(CONTROL, `⟨${char}⟩`), char }
}

/**
 * The place lookup a publish sends, read as the import reads it: a line that is neither a rule nor
 * a comment, or a cell with a character nobody sees, refuses it, located by line and column.
 */
export function checkedPlaces(text: string): string {
  const problems: Problem[] = []
  for (const [r, row] of parseCsvRows(text).entries()) {
    for (const [c, cell] of row.entries()) {
      const hidden = unseen(cell)
      if (hidden)
        problems.push({
          severity: 'error',
          code: 'hiddenCharacter',
          file: PLACES_FILE,
          row: r + 1,
          column: c + 1,
          params: { value: hidden.shown, char: hidden.char },
        })
    }
  }
  const lookup = readPlaceLookup(text)
  for (const row of lookup.skipped) problems.push({ severity: 'error', code: 'badPlaceRule', file: PLACES_FILE, row })
  if (lookup.rules.length === 0) problems.push({ severity: 'error', code: 'badPlaceRule', file: PLACES_FILE })
  if (problems.length) throw invalidData(problems)
  return text
}

/** What a publish's records and lookup add to the version: its files, manifest fields and counts. */
export function placePatents(
  base: { readonly manifest: StoredManifest; readonly files: ReadonlyMap<string, Uint8Array | string> },
  files: Map<string, Uint8Array | string>,
  req: { readonly patents?: string; readonly places?: string },
): { readonly manifest: Partial<StoredManifest>; readonly counts: { patents?: number; places?: number } } {
  const manifest: { patents?: string; places?: string } = {}
  const counts: { patents?: number; places?: number } = {}
  if (req.patents !== undefined) {
    const { bytes, records } = checkedPatents(req.patents)
    const before = base.manifest.patents === undefined ? undefined : base.files.get(base.manifest.patents)
    files.set(PATENTS_FILE, bytes)
    manifest.patents = PATENTS_FILE
    if (!(before instanceof Uint8Array && Buffer.from(before).equals(bytes))) counts.patents = records
  }
  if (req.places !== undefined) {
    const text = checkedPlaces(req.places)
    const before = base.manifest.places === undefined ? undefined : base.files.get(base.manifest.places)
    files.set(PLACES_FILE, text)
    manifest.places = PLACES_FILE
    if (before === undefined || Buffer.from(before).toString('utf8') !== text) counts.places = 1
  }
  return { manifest, counts }
}
