import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseCsvRows } from '@/domain/csv/csv'
import { encodePatentFile } from '@/domain/patents/patentFile'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { readPatentList } from '@/domain/patents/reader'
import { call, csvOf, currentVersion, login, realRow, ROOT, serverPerTest, text } from '../helpers'

// Records read from the made-up fixture list (tests/fixtures/patents), the real lookup of data/.
const rows = parseCsvRows(readFileSync(resolve(ROOT, 'tests/fixtures/patents/cnipa-documents.csv'), 'utf8'))
const { list } = readPatentList(rows, detectPatentList(rows)!, { file: 'cnipa-documents.csv', exported: 20250715 })
const records = encodePatentFile(list)
const places = readFileSync(resolve(ROOT, 'data/places.csv'), 'utf8')
const packed = (bytes: Uint8Array) => gzipSync(bytes).toString('base64')

const NEW_ROW = '衡阳市,2025-07,valid_invention_patents,4558,'
const added = await realRow(NEW_ROW)
const s = serverPerTest({ start: true, dropRows: [added] })

const publish = (cookie: string, body: Record<string, unknown>) =>
  call(
    `${s.server.url}/api/publish`,
    'POST',
    { baseVersion: 1, name: '专利清单.csv', csv: csvOf(), ...body },
    { cookie },
  )
const manifest = async () =>
  JSON.parse((await text(`${s.server.url}/data/manifest.json`)).body) as Record<string, unknown>
const bytesAt = async (name: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${s.server.url}/data/${name}`, { headers })
  return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) }
}

describe('publishing patent records and the place lookup', () => {
  it('lists the lookup from the start and a records file only once one is published', async () => {
    expect(await manifest()).toMatchObject({ places: 'places.csv' })
    expect(await manifest()).not.toHaveProperty('patents')
    expect((await bytesAt('patents.bin')).status).toBe(404)
    expect((await text(`${s.server.url}/data/places.csv`)).body).toBe(places)
  })

  it('publishes the records with the figures as a new version, served with ETag and gzip', async () => {
    const cookie = await login(s.server.url, 'alice')
    const res = await publish(cookie, { csv: csvOf(added), patents: packed(records), places })
    expect(res.status).toBe(200)
    expect(res.body.counts).toMatchObject({ added: 1, patents: list.records.length })
    expect(res.body.counts).not.toHaveProperty('places')
    expect(await manifest()).toMatchObject({ patents: 'patents.bin', places: 'places.csv' })

    const served = await bytesAt('patents.bin')
    expect(served.status).toBe(200)
    expect(served.body).toEqual(records)
    expect(served.headers.get('content-type')).toBe('application/octet-stream')
    const etag = served.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await bytesAt('patents.bin', { 'If-None-Match': etag })).status).toBe(304)
    const zipped = await fetch(`${s.server.url}/data/patents.bin`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')

    // The same records again change nothing; the figures' version stays.
    const again = await publish(cookie, { baseVersion: 2, patents: packed(records) })
    expect([again.status, again.body.error]).toEqual([422, 'nothingChanged'])
  })

  it('publishes records alone, and a rollback takes them back with the version', async () => {
    const cookie = await login(s.server.url, 'alice')
    const edited = places.replace('# kind:', '# 种类 kind:')
    const res = await publish(cookie, { patents: packed(records), places: edited })
    expect(res.status).toBe(200)
    expect(res.body.counts).toMatchObject({ added: 0, changed: 0, patents: list.records.length, places: 1 })
    expect((await text(`${s.server.url}/data/places.csv`)).body).toBe(edited)

    const back = await call(`${s.server.url}/api/rollback`, 'POST', { version: 1, baseVersion: 2 }, { cookie })
    expect(back.status).toBe(200)
    expect(await manifest()).not.toHaveProperty('patents')
    expect((await bytesAt('patents.bin')).status).toBe(404)
    expect((await text(`${s.server.url}/data/places.csv`)).body).toBe(places)
    const again = await call(`${s.server.url}/api/rollback`, 'POST', { version: 2, baseVersion: 3 }, { cookie })
    expect(again.status).toBe(200)
    expect((await bytesAt('patents.bin')).body).toEqual(records)
  })

  const cut = records.subarray(0, records.length - 5)
  const beyond = records.slice()
  beyond.fill(0xff, 8, 12)
  const hidden = (() => {
    const co = [...list.records.coApplicants]
    co[4] = '示例\u202e公司'
    return encodePatentFile({ ...list, records: { ...list.records, coApplicants: co } })
  })()
  // 300 gzip members of 1 MB of zeros each: a few hundred kilobytes that unpack past the bound.
  const member = gzipSync(Buffer.alloc(1024 * 1024))
  const bomb = Buffer.concat(Array.from({ length: 300 }, () => member)).toString('base64')

  it.each([
    ['cut short', packed(cut), 422, { code: 'patentFileDamaged', file: 'patents.bin' }],
    [
      'with a record count beyond the file',
      packed(beyond),
      422,
      { code: 'patentFileDamaged', params: { section: 'header' } },
    ],
    [
      'not gzip',
      Buffer.from(records).toString('base64'),
      422,
      { code: 'patentFileDamaged', params: { section: 'gzip', offset: 0 } },
    ],
    ['not base64', '*' + packed(records), 422, { code: 'patentFileDamaged', params: { section: 'base64', offset: 0 } }],
    [
      'with a hidden character in a name',
      packed(hidden),
      422,
      { code: 'hiddenCharacter', file: 'cnipa-documents.csv', row: list.records.row[4], params: { char: 'U+202E' } },
    ],
    ['unpacking past the bound', bomb, 413, undefined],
  ])('refuses a records file %s, located, and changes nothing', async (_, patents, status, problem) => {
    const cookie = await login(s.server.url, 'alice')
    const res = await publish(cookie, { csv: csvOf(added), patents })
    expect(res.status).toBe(status)
    if (problem) expect((res.body.problems as unknown[])[0]).toMatchObject(problem)
    expect((res.body.message as { zh: string; en: string }).en).not.toBe('')
    expect(await currentVersion(s.server.url)).toBe(1)
    expect(await manifest()).not.toHaveProperty('patents')
  })

  it('refuses a place lookup with a line that is no rule or a hidden character, at its line', async () => {
    const cookie = await login(s.server.url, 'alice')
    const lines = places.split('\n')
    const broken = [...lines.slice(0, -1), '衡阳示例|,珠晖区,nowhere', '示例\u200b路,珠晖区,county', ''].join('\n')
    const res = await publish(cookie, { csv: csvOf(added), places: broken })
    expect(res.status).toBe(422)
    expect(res.body.problems).toEqual([
      expect.objectContaining({ code: 'hiddenCharacter', file: 'places.csv', row: lines.length + 1, column: 1 }),
      expect.objectContaining({ code: 'badPlaceRule', file: 'places.csv', row: lines.length }),
    ])
    expect(await currentVersion(s.server.url)).toBe(1)
  })

  it('takes records only from a logged-in analyst', async () => {
    const res = await call(`${s.server.url}/api/publish`, 'POST', {
      baseVersion: 1,
      name: 'x.csv',
      csv: csvOf(),
      patents: packed(records),
    })
    expect(res.status).toBe(401)
    expect(await currentVersion(s.server.url)).toBe(1)
  })
})
