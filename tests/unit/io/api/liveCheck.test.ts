import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { checkForChanges } from '@/io/api/liveCheck'
import { NO_STATE, type LiveState } from '@/io/api/liveState'

/** A real HTTP server on 127.0.0.1 that answers conditional requests as static servers do. */
const files = new Map<string, { body: string; etag: string; modified: string }>()
const seen: { url: string; headers: IncomingHttpHeaders }[] = []
let server: Server
let base = ''
let down = false

const MANIFEST = JSON.stringify({
  version: 1,
  home_region: '衡阳市',
  observations: ['observations.csv'],
  indicators: 'indicators.csv',
  regions: 'regions.csv',
  bulletins: [],
})

function put(name: string, body: string, version: number) {
  files.set(`/data/${name}`, {
    body,
    etag: `W/"${name}-${version}"`,
    modified: new Date(Date.UTC(2026, 10, 25, 8, version)).toUTCString(),
  })
}

beforeAll(async () => {
  put('manifest.json', MANIFEST, 1)
  put('indicators.csv', 'id\n', 1)
  put('regions.csv', 'name\n', 1)
  put('observations.csv', 'region,period,indicator,value\n衡阳市,2022,patent_grants,5183\n', 1)
  server = createServer((req, res) => {
    if (down) return res.destroy()
    const url = new URL(req.url ?? '/', 'http://x')
    seen.push({ url: req.url ?? '', headers: req.headers })
    const file = files.get(url.pathname)
    if (!file) return res.writeHead(404).end()
    if (req.headers['if-none-match'] === file.etag) return res.writeHead(304).end()
    res
      .writeHead(200, { ETag: file.etag, 'Last-Modified': file.modified, 'Content-Type': 'text/plain; charset=utf-8' })
      .end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('checkForChanges against a real server', () => {
  let state: LiveState = NO_STATE

  it('learns every file’s validators on a first look, without calling it a change', async () => {
    const r = await checkForChanges(NO_STATE, fetch, base)
    if (!r.ok) throw new Error(r.error)
    expect(r.changed).toBe(false)
    expect([...r.validators.keys()].sort()).toEqual([
      'indicators.csv',
      'manifest.json',
      'observations.csv',
      'regions.csv',
    ])
    expect(r.lastModified).toBe(Date.UTC(2026, 10, 25, 8, 1))
    state = r
  })

  it('asks with If-None-Match / If-Modified-Since and gets 304 Not Modified while nothing changed', async () => {
    seen.length = 0
    const r = await checkForChanges(state, fetch, base)
    expect(r).toMatchObject({ ok: true, changed: false })
    expect(seen.map((s) => s.url).sort()).toEqual([
      '/data/indicators.csv?live=1',
      '/data/manifest.json?live=1',
      '/data/observations.csv?live=1',
      '/data/regions.csv?live=1',
    ])
    const obs = seen.find((s) => s.url.startsWith('/data/observations.csv'))
    expect(obs?.headers['if-none-match']).toBe('W/"observations.csv-1"')
    expect(obs?.headers['if-modified-since']).toBe(new Date(Date.UTC(2026, 10, 25, 8, 1)).toUTCString())
  })

  it('sees a replaced file as a change, with its new modification time', async () => {
    put('observations.csv', 'region,period,indicator,value\n衡阳市,2022,patent_grants,5200\n', 7)
    const r = await checkForChanges(state, fetch, base)
    if (!r.ok) throw new Error(r.error)
    expect(r.changed).toBe(true)
    expect(r.lastModified).toBe(Date.UTC(2026, 10, 25, 8, 7))
    state = r
    expect(await checkForChanges(state, fetch, base)).toMatchObject({ ok: true, changed: false })
  })

  it('reports a server that cannot be reached, and recovers when it is back', async () => {
    down = true
    expect(await checkForChanges(state, fetch, base)).toMatchObject({ ok: false })
    down = false
    expect(await checkForChanges(state, fetch, base)).toMatchObject({ ok: true, changed: false })
  })
})

describe('checkForChanges against a server that sends no validators', () => {
  const body = { text: 'region,period,indicator,value\n' }
  const bare = ((input: string | URL | Request) => {
    const name = new URL(input instanceof Request ? input.url : input).pathname.split('/data/')[1] ?? ''
    if (name === 'manifest.json') return Promise.resolve(new Response(MANIFEST))
    return Promise.resolve(new Response(name === 'observations.csv' ? body.text : 'x\n'))
  }) as typeof fetch

  it('tells an unchanged file from a changed one by its body', async () => {
    const first = await checkForChanges(NO_STATE, bare, 'http://127.0.0.1/')
    if (!first.ok) throw new Error(first.error)
    expect(await checkForChanges(first, bare, 'http://127.0.0.1/')).toMatchObject({ ok: true, changed: false })
    body.text += '衡阳市,2022,patent_grants,5183\n'
    expect(await checkForChanges(first, bare, 'http://127.0.0.1/')).toMatchObject({ ok: true, changed: true })
  })
})
