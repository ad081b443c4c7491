import { describe, expect, it } from 'vitest'
import { readBytes, readFixture, encode, fixtureBytes, type FixtureEncoding } from '../../../support/importFixture'
import { figures, ok } from '../../../support/readResult'
import { sniff, StreamDecoder } from '@/io/csv/decode'

const ENCODINGS: [FixtureEncoding, string][] = [
  ['utf-8', 'utf-8'],
  ['utf-8-bom', 'utf-8'],
  ['gbk', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['utf-16le-bom', 'utf-16le'],
  ['utf-16be-bom', 'utf-16be'],
]

describe('every encoding Chinese offices use gives the same figures', () => {
  it.each(ENCODINGS)('%s', async (encoding, detected) => {
    const expected = figures(ok(await readFixture('city-patent-grants-2023-08.csv')))
    const r = ok(await readFixture('city-patent-grants-2023-08.csv', encoding))
    expect(r.encoding).toBe(detected)
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(expected)
    expect(figures(r).size).toBe(176)
  })
})

describe('streamed decoding', () => {
  it.each([1, 2, 3, 5, 7, 64])('never breaks a character or a row at a %i-byte chunk boundary', async (size) => {
    for (const encoding of ['gbk', 'utf-8', 'utf-16le-bom'] as const) {
      const expected = figures(ok(await readFixture('hengyang-indicators-as-rows.csv', encoding)))
      const r = ok(await readFixture('hengyang-indicators-as-rows.csv', encoding, { chunkSize: size }))
      expect(figures(r)).toEqual(expected)
      expect(r.mapping.titles).toEqual(['衡阳市知识产权主要指标'])
    }
  })

  it('holds back a split multi-byte character until its last byte', () => {
    const bytes = encode('衡阳', 'gbk')
    const d = new StreamDecoder('gb18030')
    expect(d.push(bytes.subarray(0, 1))).toBe('')
    expect(d.push(bytes.subarray(1, 3))).toBe('衡')
    expect(d.push(bytes.subarray(3))).toBe('阳')
    expect(d.end()).toBe('')
  })

  it('starts again as GB18030 when GBK bytes appear only after a first chunk of plain ASCII', async () => {
    const text =
      `region,period,indicator,value\n${'衡阳市,2022,patent_grants,5183\n'.replace('衡阳市', 'Hengyang')}`.repeat(1) +
      '衡阳市,2022,pct_applications,42\n'
    const r = ok(await readBytes(encode(text, 'gbk'), { chunkSize: 40 }))
    expect(r.encoding).toBe('gb18030')
    expect(figures(r)).toEqual(
      new Map([
        ['衡阳市|2022|patent_grants', 5183],
        ['衡阳市|2022|pct_applications', 42],
      ]),
    )
  })

  it('reads UTF-16 without a byte-order mark', async () => {
    const bytes = fixtureBytes('long-semicolon.csv', 'utf-16le-bom').subarray(2)
    const r = ok(await readBytes(bytes))
    expect(r.encoding).toBe('utf-16le')
    expect(r.columns.length).toBe(2)
  })
})

describe('files that are not text are refused as such', () => {
  const cases: [string, number[], string][] = [
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'PNG'],
    ['an .xlsx renamed .csv', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0], 'ZIP / XLSX'],
    ['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'XLS / DOC'],
    ['a JPEG photo', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JPEG'],
    ['some binary', [0x41, 0x42, 0, 0x43, 0x10, 0, 0, 0x99, 0x12], 'binary'],
  ]
  it.each(cases)('%s', async (_name, bytes, kind) => {
    expect(await readBytes(new Uint8Array([...bytes, ...new Array(200).fill(0x20)]))).toEqual({
      ok: false,
      reason: 'notText',
      kind,
    })
    expect(sniff(new Uint8Array(bytes))).toEqual({ text: false, kind })
  })

  it('reports an empty file as empty', async () => {
    const r = ok(await readBytes(new Uint8Array()))
    expect(r.problems).toEqual([{ severity: 'error', code: 'emptyFile' }])
  })
})
