import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { fromEnv } from '../../../server/config'
import { serverPerTest } from '../helpers'

// Loopback is all of 127.0.0.0/8 on Linux: each party has an address of its own.
const PROXY = '127.0.0.5'
const GREEDY = '127.0.0.2'
const OTHER = '127.0.0.3'
const STREAMS = 300

const s = serverPerTest()
let proxy: Server | undefined

afterEach(async () => {
  proxy?.closeAllConnections()
  await new Promise((resolve) => proxy?.close(resolve) ?? resolve(undefined))
  proxy = undefined
})

/**
 * A reverse proxy as docs/server.md sets nginx up: a new upstream connection per request, from the
 * proxy's own address, with `X-Forwarded-For $remote_addr` and `X-Forwarded-Proto $scheme`, no
 * buffering, and 502 when the server drops the connection.
 */
async function startProxy(target: string): Promise<string> {
  const { port } = new URL(target)
  proxy = createServer((req, res) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port,
        localAddress: PROXY,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress, 'x-forwarded-proto': 'http' },
        agent: false,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end('bad gateway')
      else res.destroy()
    })
    res.on('close', () => upstream.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
}

interface Stream {
  readonly status: number
  readonly type: string | undefined
  /** What arrived up to the first version event. */
  readonly text: string
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>
  close(): void
}

/** Opens `url` from `from` on a connection of its own, and resolves once its first version event arrives. */
function openStream(url: string, from: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress: from, agent: false, headers: { accept: 'text/event-stream' } })
    req.on('error', reject)
    req.on('response', (res: IncomingMessage) => {
      let text = ''
      const ended = new Promise<void>((done) => res.on('end', done))
      const stream = {
        status: res.statusCode ?? 0,
        type: res.headers['content-type'],
        ended,
        close: () => req.destroy(),
      }
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
        if (text.includes('event: version\n')) resolve({ ...stream, text })
      })
      res.on('end', () => resolve({ ...stream, text }))
      res.on('error', reject)
    })
    req.end()
  })
}

/** The status of a plain GET of `url` from `from`. */
const statusOf = (url: string, from: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(url, { localAddress: from, agent: false }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })

const turnedAway = (stream: Stream) => stream.text.includes(': too many live-update streams')

async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20))
}

/**
 * One client opens 300 streams; every one is answered as a stream, the ones past its share end
 * with a reconnection time EventSource obeys, and another client is served in full meanwhile.
 */
async function holdsAgainstOneClient(base: string): Promise<void> {
  const hub = s.server.hub
  const greedy = await Promise.all(Array.from({ length: STREAMS }, () => openStream(`${base}/api/events`, GREEDY)))
  expect(greedy.map((g) => g.status)).toEqual(greedy.map(() => 200))
  expect(new Set(greedy.map((g) => g.type))).toEqual(new Set(['text/event-stream; charset=utf-8']))
  expect(greedy.every((g) => g.text.includes('event: version\ndata: {"version":1}\n\n'))).toBe(true)
  const open = greedy.filter((g) => !turnedAway(g))
  const away = greedy.filter(turnedAway)
  expect(open).toHaveLength(hub.maxPerClient)
  expect(hub.size).toBe(hub.maxPerClient)
  for (const g of away) {
    const retry = Number(/^retry: (\d+)\n/.exec(g.text)?.[1])
    expect(retry).toBeGreaterThanOrEqual(30_000)
    await g.ended
  }

  // Everyone else still gets through: the health check, the data, and a stream of their own.
  expect(await statusOf(`${base}/api/health`, OTHER)).toBe(200)
  expect(await statusOf(`${base}/data/manifest.json`, OTHER)).toBe(200)
  const other = await openStream(`${base}/api/events`, OTHER)
  expect(other.status).toBe(200)
  expect(turnedAway(other)).toBe(false)
  expect(other.text).toContain('retry: 3000\n\nevent: version\ndata: {"version":1}\n\n')
  expect(hub.size).toBe(hub.maxPerClient + 1)
  // So does the greedy client's own ordinary request.
  expect(await statusOf(`${base}/api/health`, GREEDY)).toBe(200)

  // Its share comes back as its streams close.
  for (const g of open) g.close()
  await waitFor(() => hub.size === 1)
  const again = await openStream(`${base}/api/events`, GREEDY)
  expect(turnedAway(again)).toBe(false)
  again.close()
  other.close()
  await waitFor(() => hub.size === 0)
}

describe('event streams per client', () => {
  it('behind the documented proxy, one client with 300 streams leaves room for everyone else', async () => {
    const { trustProxy } = fromEnv({ TRUST_PROXY: PROXY }).server
    await s.start({ trustProxy })
    await holdsAgainstOneClient(await startProxy(s.server.url))
  }, 120_000)

  it('without a proxy, one client with 300 streams leaves room for everyone else', async () => {
    await s.start()
    await holdsAgainstOneClient(s.server.url)
  }, 120_000)
})
