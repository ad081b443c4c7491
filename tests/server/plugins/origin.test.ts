import { describe, expect, it } from 'vitest'
import { call, login, serverPerTest, sessionStatus, text } from '../helpers'

const s = serverPerTest({ start: true })

describe('requests from other origins', () => {
  it('refuses a state-changing request from another origin with 403 and changes nothing', async () => {
    const url = s.server.url
    const cookie = await login(url, 'alice')
    const refused: Record<string, string>[] = [
      { Origin: 'http://127.0.0.1.evil.example' },
      { Origin: 'null' },
      { Origin: url.replace('127.0.0.1', 'localhost') },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ]
    for (const headers of refused) {
      const res = await call(`${url}/api/logout`, 'POST', undefined, { cookie, headers })
      expect(res.status, JSON.stringify(headers)).toBe(403)
      expect(res.body).toMatchObject({
        error: 'crossOrigin',
        message: { zh: expect.any(String) as unknown, en: expect.any(String) as unknown },
      })
      expect(await sessionStatus(url, cookie)).toBe(200)
    }
    const rollback = await call(
      `${url}/api/rollback`,
      'POST',
      { version: 1, baseVersion: 1 },
      {
        cookie,
        headers: { Origin: 'http://evil.example' },
      },
    )
    expect(rollback.status).toBe(403)
    const loginFromElsewhere = await call(
      `${url}/api/login`,
      'POST',
      { name: 'alice', password: 'x' },
      {
        headers: { Origin: 'http://evil.example' },
      },
    )
    expect(loginFromElsewhere.status).toBe(403)
  })

  it('accepts the server’s own origin, same-origin fetches, and clients that send neither header', async () => {
    const url = s.server.url
    const own = await login(url, 'alice')
    expect((await call(`${url}/api/logout`, 'POST', undefined, { cookie: own, headers: { Origin: url } })).status).toBe(
      200,
    )
    expect(await sessionStatus(url, own)).toBe(401)
    const fetched = await login(url, 'alice')
    expect(
      (
        await call(`${url}/api/logout`, 'POST', undefined, {
          cookie: fetched,
          headers: { 'Sec-Fetch-Site': 'same-origin' },
        })
      ).status,
    ).toBe(200)
    const cli = await login(url, 'alice')
    expect((await call(`${url}/api/logout`, 'POST', undefined, { cookie: cli })).status).toBe(200)
  })

  it('forbids framing the app with a Content-Security-Policy and X-Frame-Options', async () => {
    const url = s.server.url
    for (const path of ['/', '/api/health', '/data/manifest.json']) {
      const res = await text(`${url}${path}`)
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })
})
