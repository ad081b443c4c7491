import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvRows } from '@/domain/csv/csv'
import { decodePatentFile, encodePatentFile } from '@/domain/patents/patentFile'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { readPatentList } from '@/domain/patents/reader'
import type { PatentList } from '@/domain/patents/records'

const dir = resolve(__dirname, '../../../fixtures/patents')
const rows = parseCsvRows(readFileSync(resolve(dir, 'cnipa-documents.csv'), 'utf8'))
const mapping = detectPatentList(rows)!
const { list } = readPatentList(rows, mapping, { file: 'cnipa-documents.csv', exported: 20250715 })

/** The list as plain values, typed arrays as arrays: what must survive the file. */
const plain = (l: PatentList) =>
  JSON.parse(
    JSON.stringify({ ...l, records: l.records }, (_, v: unknown) =>
      ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v,
    ),
  ) as unknown

const decoded = (bytes: Uint8Array) => {
  const read = decodePatentFile(bytes)
  if (!read.ok) throw new Error(JSON.stringify(read.problems))
  return read.list
}

/** The file with one record's value changed by `edit`, the list otherwise whole. */
function edited(edit: (records: Record<string, unknown>) => void): Uint8Array {
  const records = { ...list.records } as unknown as Record<string, unknown>
  for (const [k, v] of Object.entries(records)) if (ArrayBuffer.isView(v)) records[k] = (v as Uint32Array).slice()
  for (const k of ['number', 'coApplicants', 'applicants']) records[k] = [...(records[k] as string[])]
  edit(records)
  return encodePatentFile({ ...list, records: records as unknown as PatentList['records'] })
}

describe('the patent records file', () => {
  it('gives back the list it was made of, column for column', () => {
    expect(list.records.length).toBeGreaterThan(100)
    const bytes = encodePatentFile(list)
    expect(plain(decoded(bytes))).toEqual(plain(list))
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('HYPT')
  })

  it('keeps any text, four-byte characters and empty strings included, and an empty list', () => {
    const text = edited((r) => {
      ;(r.coApplicants as string[])[0] = '𠀀示例😀 é'
      ;(r.number as string[])[1] = 'CN20231012.3'
    })
    expect(decoded(text).records.coApplicants[0]).toBe('𠀀示例😀 é')
    const empty = { ...list, records: { ...list.records, length: 0 } } as PatentList
    const bytes = encodePatentFile({
      ...empty,
      records: Object.fromEntries(
        Object.entries(list.records).map(([k, v]) => [
          k,
          k === 'length' ? 0 : (v as { slice: (a: number, b: number) => unknown }).slice(0, 0),
        ]),
      ) as unknown as PatentList['records'],
    })
    expect(decoded(bytes).records.length).toBe(0)
  })

  it.each([
    ['not the magic', (b: Uint8Array) => b.fill(0, 0, 1), 'notPatentFile'],
    ['another version', (b: Uint8Array) => b.fill(9, 4, 5), 'notPatentFile'],
    ['cut short', (b: Uint8Array) => b.subarray(0, b.length - 3), 'patentFileDamaged'],
    ['a byte too many', (b: Uint8Array) => Uint8Array.from([...b, 0]), 'patentFileDamaged'],
    ['a record count beyond the file', (b: Uint8Array) => b.fill(0xff, 8, 12), 'patentFileDamaged'],
    ['a bad export date', (b: Uint8Array) => b.fill(0xff, 12, 13), 'patentFileDamaged'],
    ['an empty file', () => new Uint8Array(0), 'notPatentFile'],
  ])('refuses %s, naming where', (_, damage, code) => {
    const read = decodePatentFile(damage(encodePatentFile(list)))
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problems.map((p) => p.code)).toEqual([code])
  })

  it('refuses text that is not UTF-8, naming the column', () => {
    const bytes = encodePatentFile(list)
    const at = bytes.length - 2
    bytes[at] = 0xff
    const read = decodePatentFile(bytes)
    expect(read.ok ? [] : read.problems).toEqual([
      { severity: 'error', code: 'patentFileDamaged', params: { section: 'coApplicants', offset: expect.any(Number) } },
    ])
  })

  it.each([
    ['type', (r: Record<string, unknown>) => ((r.type as Uint8Array)[3] = 4), 4],
    ['state', (r: Record<string, unknown>) => ((r.state as Uint8Array)[3] = 9), 9],
    ['field', (r: Record<string, unknown>) => ((r.field as Uint8Array)[3] = 36), 36],
    ['flags', (r: Record<string, unknown>) => ((r.flags as Uint8Array)[3] = 64), 64],
    ['filed', (r: Record<string, unknown>) => ((r.filed as Uint32Array)[3] = 20230230), 20230230],
    ['granted', (r: Record<string, unknown>) => ((r.granted as Uint32Array)[3] = 1), 1],
    ['applicant', (r: Record<string, unknown>) => ((r.applicant as Uint32Array)[3] = 1e6), 1e6],
    ['address', (r: Record<string, unknown>) => ((r.address as Uint32Array)[3] = 1e6), 1e6],
    ['number', (r: Record<string, unknown>) => ((r.number as string[])[3] = '=cmd|x'), '=cmd|x'],
  ])('refuses a record whose %s is out of range, at its row', (field, edit, value) => {
    const read = decodePatentFile(edited(edit))
    expect(read.ok ? [] : read.problems).toEqual([
      {
        severity: 'error',
        code: 'badPatentRecord',
        file: list.file,
        row: list.records.row[3],
        params: { field, value },
      },
    ])
  })

  it('refuses a name with a hidden character, at the row of a record holding it', () => {
    const read = decodePatentFile(edited((r) => ((r.coApplicants as string[])[5] = '示例\u200b公司')))
    expect(read.ok ? [] : read.problems).toEqual([
      {
        severity: 'error',
        code: 'hiddenCharacter',
        file: list.file,
        row: list.records.row[5],
        params: { value: '示例⟨U+200B⟩公司', char: 'U+200B' },
      },
    ])
  })
})
