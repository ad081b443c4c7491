import { describe, expect, it } from 'vitest'
import { call, login, serverPerTest, text } from '../helpers'

const s = serverPerTest()

describe('how long a data file may be shown offline', () => {
  it('with REQUIRE_LOGIN, each data file names the end of the session it was sent to, a 304 too', async () => {
    const url = (await s.start({ requireLogin: true })).url
    const cookie = await login(url, 'alice')
    const session = await call<{ expiresAt: string }>(`${url}/api/session`, 'GET', undefined, { cookie })
    const first = await text(`${url}/data/manifest.json`, { cookie })
    expect(first.status).toBe(200)
    const ends = first.headers.get('x-session-ends')
    expect(Date.parse(ends ?? '')).toBe(Math.floor(Date.parse(session.body.expiresAt) / 1000) * 1000)
    const again = await text(`${url}/data/manifest.json`, { cookie, 'If-None-Match': first.headers.get('etag') ?? '' })
    expect(again.status).toBe(304)
    expect(again.headers.get('x-session-ends')).toBe(ends)
  })

  it('without it, data files name no session', async () => {
    const url = (await s.start()).url
    const reply = await text(`${url}/data/manifest.json`)
    expect(reply.status).toBe(200)
    expect(reply.headers.has('x-session-ends')).toBe(false)
  })
})
