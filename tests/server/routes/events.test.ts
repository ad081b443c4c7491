import { describe, expect, it } from 'vitest'
import { csvOf, login, publishCsv, realRow, serverPerTest } from '../helpers'

const s = serverPerTest({ start: { heartbeatMs: 100 } })

/** An EventSource-like reader over fetch: waits for text to arrive on the stream. */
async function openEvents(url: string) {
  const controller = new AbortController()
  const res = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/event-stream' } })
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let received = ''
  return {
    res,
    async until(text: string): Promise<string> {
      while (!received.includes(text)) {
        const { value, done } = await reader.read()
        if (done) throw new Error(`stream ended before ${JSON.stringify(text)}; got ${JSON.stringify(received)}`)
        received += value
      }
      return received
    },
    close: () => controller.abort(),
  }
}

async function waitFor(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('GET /api/events', () => {
  it('sends the version on connect and on every new version, heartbeats, and forgets closed clients', async () => {
    const a = await openEvents(`${s.server.url}/api/events`)
    const b = await openEvents(`${s.server.url}/api/events`)
    expect(a.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(a.res.headers.get('cache-control')).toBe('no-cache, no-transform')
    await a.until('event: version\ndata: {"version":1}\n\n')
    await b.until('data: {"version":1}')
    expect(s.server.hub.size).toBe(2)

    const cookie = await login(s.server.url, 'alice')
    // A test edit (a re-publish of the same figure changes nothing and makes no version).
    const row = (await realRow('衡阳市,2022,patent_grants,')).replace(
      /,5183,(.*),[^,]*$/,
      ',5190,$1,test edit: not a published figure',
    )
    const res = await publishCsv(s.server.url, cookie, { baseVersion: 1, name: 'x.csv', csv: csvOf(row) })
    expect(res.status).toBe(200)
    await a.until('event: version\ndata: {"version":2}\n\n')
    await b.until('data: {"version":2}')
    await a.until(': heartbeat\n\n')

    a.close()
    await waitFor(() => s.server.hub.size === 1)
    b.close()
    await waitFor(() => s.server.hub.size === 0)
    // The shared heartbeat stops with the last client: nothing is left running.
    expect((s.server.hub as unknown as { heartbeat: unknown }).heartbeat).toBeUndefined()
  })

  it('ends open streams when the server closes', async () => {
    const a = await openEvents(`${s.server.url}/api/events`)
    await a.until('data: {"version":1}')
    await s.server.close()
    await expect(a.until('never sent')).rejects.toThrow(/stream ended/)
    expect(s.server.hub.size).toBe(0)
    await s.start()
  })
})
