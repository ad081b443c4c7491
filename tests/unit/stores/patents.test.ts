import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { PATENT_FIELDS, type PatentList } from '@/domain/patents/records'
import { encodePatentFile } from '@/domain/patents/patentFile'
import { useImportsStore } from '@/stores/imports'
import { usePatentsStore } from '@/stores/patents'
import type { SavedImport } from '@/io/import/savedImports'

const listOf = (file: string, n: number): PatentList => ({
  file,
  exported: 20250715,
  layout: 'applications',
  rows: n,
  rejected: 0,
  facts: Object.fromEntries(PATENT_FIELDS.map((f) => [f, f === 'applicationNumber'])) as PatentList['facts'],
  records: {
    length: n,
    number: Array.from({ length: n }, (_, i) => `CN2023101234${String(i).padStart(2, '0')}.1`),
    type: new Uint8Array(n),
    state: new Uint8Array(n),
    filed: new Uint32Array(n).fill(20230512),
    granted: new Uint32Array(n),
    published: new Uint32Array(n),
    expired: new Uint32Array(n),
    title: Array.from({ length: n }, () => '一种示例装置'),
    ipc: Array.from({ length: n }, () => ''),
    field: new Uint8Array(n),
    applicant: new Uint32Array(n),
    applicants: ['示例有限公司'],
    coApplicants: Array.from({ length: n }, () => ''),
    address: new Uint32Array(n),
    addresses: ['湖南省衡阳市示例路1号'],
    flags: new Uint8Array(n),
    row: Uint32Array.from({ length: n }, (_, i) => i + 2),
  },
})

const publishedFile = encodePatentFile(listOf('published.xlsx', 3))

/** The data folder in a function: a manifest naming `patents`, or none. */
function server(patents?: string) {
  const asked: string[] = []
  const fetchImpl = ((input: string) => {
    const name = new URL(input).pathname.replace(/^.*\/data\//, '')
    asked.push(name)
    if (name === 'manifest.json') return Promise.resolve(Response.json({ version: 1, ...(patents ? { patents } : {}) }))
    return Promise.resolve(
      name === patents ? new Response(publishedFile.slice().buffer) : new Response('', { status: 404 }),
    )
  }) as typeof fetch
  return { fetchImpl, asked }
}

const saved = (id: string, patents?: Uint8Array) =>
  ({
    id,
    name: id,
    rows: 0,
    time: 0,
    indicators: [],
    regions: [],
    columns: {},
    ...(patents ? { patents } : {}),
  }) as unknown as SavedImport

describe('the patents store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    // The store resolves data/ against the page; here there is no page.
    ;(globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1/' }
  })

  it('holds the latest import’s records file, and falls back when it is taken back', async () => {
    const imports = useImportsStore()
    const patents = usePatentsStore()
    const first = encodePatentFile(listOf('一月.xlsx', 2))
    const second = encodePatentFile(listOf('七月.xlsx', 5))
    imports.records = [saved('a', first), saved('b', second), saved('c')]
    expect(patents.file).toBe(second)
    expect([patents.origin, patents.name, patents.exported, patents.records]).toEqual([
      'import',
      '七月.xlsx',
      20250715,
      5,
    ])
    const s = server('patents.bin')
    await patents.loadPublished(s.fetchImpl)
    expect(s.asked).toEqual([])
    imports.records = [saved('c')]
    expect([patents.file, patents.origin, patents.records]).toEqual([null, null, 0])
  })

  it('fetches the published file the manifest names when no import holds one', async () => {
    const patents = usePatentsStore()
    const s = server('patents.bin')
    await patents.loadPublished(s.fetchImpl)
    expect(s.asked).toEqual(['manifest.json', 'patents.bin'])
    expect([patents.origin, patents.name, patents.records, patents.status]).toEqual([
      'published',
      'published.xlsx',
      3,
      'ready',
    ])
  })

  it('holds nothing when the manifest names no records file', async () => {
    const patents = usePatentsStore()
    const s = server()
    await patents.loadPublished(s.fetchImpl)
    expect(s.asked).toEqual(['manifest.json'])
    expect([patents.file, patents.origin, patents.status]).toEqual([null, null, 'ready'])
  })
})

/**
 * A publishing server in a function: the records file and lookup it holds now, each with an ETag
 * of its own, answering If-None-Match with 304; `down` makes it fail.
 */
function publishingServer() {
  const now = { records: publishedFile, places: '白沙洲,蒸湘区,county\n', tag: 1, down: false }
  const asked: string[] = []
  const fetchImpl = ((input: string, init?: RequestInit) => {
    const name = new URL(input).pathname.replace(/^.*\/data\//, '')
    const known = (init?.headers as Record<string, string> | undefined)?.['If-None-Match']
    asked.push(known ? `${name} if-none-match` : name)
    if (now.down) return Promise.resolve(new Response('', { status: 502 }))
    if (name === 'manifest.json')
      return Promise.resolve(Response.json({ version: now.tag, patents: 'patents.bin', places: 'places.csv' }))
    const etag = `"${name}-${now.tag}"`
    if (known === etag) return Promise.resolve(new Response(null, { status: 304 }))
    const body = name === 'patents.bin' ? now.records.slice().buffer : now.places
    return Promise.resolve(new Response(body, { headers: { ETag: etag } }))
  }) as typeof fetch
  return { now, asked, fetchImpl }
}

describe('the published records followed', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    ;(globalThis as { document?: unknown }).document = { baseURI: 'http://127.0.0.1/' }
  })

  it('places published records with the published lookup, and an import with the office’s', () => {
    const patents = usePatentsStore()
    expect(patents.places).toBeNull()
    useImportsStore().records = [saved('a', publishedFile)]
    expect(patents.places).toBeNull()
  })

  it('asks again with the ETags it holds and downloads nothing the server still has', async () => {
    const s = publishingServer()
    const patents = usePatentsStore()
    await patents.loadPublished(s.fetchImpl)
    expect(s.asked).toEqual(['manifest.json', 'patents.bin', 'places.csv'])
    expect(patents.places).toBe(s.now.places)
    const file = patents.file
    s.asked.length = 0
    await patents.loadPublished(s.fetchImpl)
    expect(s.asked).toEqual(['manifest.json', 'patents.bin if-none-match', 'places.csv if-none-match'])
    expect(patents.file).toBe(file)
  })

  it('takes a newer records file and lookup once fetched, and keeps the old ones when the server fails', async () => {
    const s = publishingServer()
    const patents = usePatentsStore()
    await patents.loadPublished(s.fetchImpl)
    s.now.down = true
    await patents.loadPublished(s.fetchImpl)
    expect([patents.status, patents.records, patents.places]).toEqual(['failed', 3, s.now.places])
    Object.assign(s.now, {
      down: false,
      tag: 2,
      records: encodePatentFile(listOf('published.xlsx', 4)),
      places: '白沙洲,石鼓区,county\n',
    })
    await patents.loadPublished(s.fetchImpl)
    expect([patents.status, patents.records, patents.places]).toEqual(['ready', 4, '白沙洲,石鼓区,county\n'])
  })
})
