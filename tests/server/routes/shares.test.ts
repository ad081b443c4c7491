import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Health } from '../../../contract/api'
import type { ShareCreated, ShareList, ShareReader } from '../../../contract/share'
import { TestClock } from '../delivery/receivers'
import { call, login, serverPerTest } from '../helpers'

const s = serverPerTest()
const DAY = 24 * 60 * 60 * 1000
const T0 = Date.parse('2026-12-07T08:00:00Z')

async function started(options: { requireLogin?: boolean } = { requireLogin: true }) {
  const clock = new TestClock(T0)
  const server = await s.start({ requireLogin: options.requireLogin, trustProxy: 1, delivery: { clock } })
  const analyst = await login(server.url, 'alice')
  return { url: server.url, clock, analyst }
}

const make = (url: string, cookie: string, more: Record<string, unknown> = {}) =>
  call<ShareCreated>(
    `${url}/api/shares`,
    'POST',
    {
      name: '局长办公会',
      view: '/compare?ind=patent_grants',
      expiresAt: new Date(T0 + 7 * DAY).toISOString(),
      ...more,
    },
    { cookie },
  )

const open = (url: string, token: string, code?: string, headers: Record<string, string> = {}) =>
  call<ShareReader>(`${url}/api/share/open`, 'POST', { token, ...(code === undefined ? {} : { code }) }, { headers })

const cookieOf = (res: { headers: Headers }) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('hy_share='))
    ?.split(';')[0] ?? ''

const list = async (url: string, cookie: string) =>
  (await call<ShareList>(`${url}/api/shares`, 'GET', undefined, { cookie })).body

describe('share links', () => {
  it('open the published data without an account where viewers log in, and count each opening', async () => {
    const { url, analyst } = await started()
    expect((await call(`${url}/data/manifest.json`, 'GET')).status).toBe(401)
    const made = await make(url, analyst)
    expect(made.status).toBe(200)
    // 256 random bits, base64url: far past the 128 a token needs.
    expect(made.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)

    const opened = await open(url, made.body.token)
    expect(opened.status).toBe(200)
    expect(opened.body).toEqual({
      name: '局长办公会',
      view: '/compare?ind=patent_grants',
      expiresAt: new Date(T0 + 7 * DAY).toISOString(),
    })
    const reader = cookieOf(opened)
    expect(reader).toMatch(/^hy_share=/)
    expect((await call(`${url}/data/manifest.json`, 'GET', undefined, { cookie: reader })).status).toBe(200)
    expect((await call(`${url}/api/versions`, 'GET', undefined, { cookie: reader })).status).toBe(200)
    const health = (await call<Health>(`${url}/api/health`, 'GET', undefined, { cookie: reader })).body
    expect(health.share).toMatchObject({ name: '局长办公会', state: 'valid' })

    await open(url, made.body.token)
    const [shown] = (await list(url, analyst)).shares
    expect(shown).toMatchObject({ name: '局长办公会', opens: 2, createdBy: 'alice', withCode: false, revokedAt: null })
    expect(shown?.lastOpenAt).toBe(new Date(T0).toISOString())
  })

  it('keeps only a keyed digest of the token on disk', async () => {
    const { url, analyst } = await started()
    const { token } = (await make(url, analyst, { code: 'K7-42' })).body
    const stored = await readFile(join(s.dirs.state, 'shares.json'), 'utf8')
    expect(stored).not.toContain(token)
    expect(stored).not.toContain('K7-42')
    expect(stored).toContain('局长办公会')
  })

  it('stops at its expiry, by the server clock, and says so instead of asking for a login', async () => {
    const { url, analyst, clock } = await started()
    const { token } = (await make(url, analyst)).body
    const reader = cookieOf(await open(url, token))
    clock.moveTo(T0 + 7 * DAY)
    const data = await call<{ error: string; message: { zh: string; en: string } }>(
      `${url}/data/manifest.json`,
      'GET',
      undefined,
      { cookie: reader },
    )
    expect(data.status).toBe(410)
    expect(data.body.error).toBe('shareExpired')
    expect(data.body.message.zh).toContain('已过期')
    expect(data.body.message.en).toContain('expired')
    const again = await open(url, token)
    expect(again.status).toBe(410)
    expect((await call<Health>(`${url}/api/health`, 'GET', undefined, { cookie: reader })).body.share?.state).toBe(
      'expired',
    )
  })

  it('refuses an expiry in the past or too far ahead', async () => {
    const { url, analyst } = await started()
    expect((await make(url, analyst, { expiresAt: new Date(T0 - 1000).toISOString() })).status).toBe(400)
    expect((await make(url, analyst, { expiresAt: new Date(T0 + 91 * DAY).toISOString() })).status).toBe(400)
  })

  it('stops when revoked, at once for a reader who opened it before', async () => {
    const { url, analyst } = await started()
    const made = (await make(url, analyst)).body
    const reader = cookieOf(await open(url, made.token))
    const revoked = await call(`${url}/api/shares/${made.share.id}/revoke`, 'POST', {}, { cookie: analyst })
    expect(revoked.status).toBe(200)
    expect(revoked.body.revokedAt).toBe(new Date(T0).toISOString())
    const data = await call<{ error: string }>(`${url}/data/manifest.json`, 'GET', undefined, { cookie: reader })
    expect([data.status, data.body.error]).toEqual([410, 'shareRevoked'])
    expect((await open(url, made.token)).body).toMatchObject({ error: 'shareRevoked' })
  })

  it('asks for its access code, and limits wrong codes per link however the guesses are spread', async () => {
    const { url, analyst } = await started()
    const { token } = (await make(url, analyst, { code: 'K7-42' })).body
    expect((await open(url, token)).body).toMatchObject({ error: 'shareCodeNeeded' })
    expect((await open(url, token, 'K7-42')).status).toBe(200)
    for (let i = 0; i < 5; i++) {
      const wrong = await open(url, token, `guess${i}`, { 'x-forwarded-for': `10.0.0.${i}` })
      expect(wrong.body).toMatchObject({ error: 'wrongShareCode' })
    }
    const limited = await open(url, token, 'K7-42')
    expect(limited.status).toBe(429)
    expect(limited.body).toMatchObject({ error: 'tooManyCodes' })
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('reaches no analyst route and no publish: a link reads, it does not act', async () => {
    const { url, analyst } = await started()
    const reader = cookieOf(await open(url, (await make(url, analyst)).body.token))
    for (const [method, path, body] of [
      ['GET', '/api/session', undefined],
      ['GET', '/api/shares', undefined],
      ['POST', '/api/shares', { name: 'x', view: '/', expiresAt: new Date(T0 + DAY).toISOString() }],
      ['GET', '/api/delivery', undefined],
      ['GET', '/api/screens', undefined],
      ['POST', '/api/publish', { baseVersion: 1, name: 'x.csv', csv: 'a\n' }],
      ['POST', '/api/rollback', { version: 1, baseVersion: 1 }],
      ['PUT', '/api/shares/settings', { watermark: true }],
    ] as const) {
      const res = await call(`${url}${path}`, method, body, { cookie: reader })
      expect([path, res.status]).toEqual([path, 401])
    }
  })

  it('is made, listed and revoked by analysts only, from the server’s own pages', async () => {
    const { url, analyst } = await started({ requireLogin: false })
    expect((await make(url, '')).status).toBe(401)
    expect((await call(`${url}/api/shares`, 'GET')).status).toBe(401)
    const crossSite = await call(
      `${url}/api/shares`,
      'POST',
      { name: 'x', view: '/', expiresAt: new Date(T0 + DAY).toISOString() },
      {
        cookie: analyst,
        headers: { origin: 'https://elsewhere.example' },
      },
    )
    expect(crossSite.status).toBe(403)
    const badView = await make(url, analyst, { view: '/import' })
    expect(badView.status).toBe(400)
  })

  it('publishes the watermark setting to every viewer once an analyst switches it on', async () => {
    const { url, analyst } = await started({ requireLogin: false })
    expect((await call<Health>(`${url}/api/health`, 'GET')).body.watermark).toBeUndefined()
    expect((await call(`${url}/api/shares/settings`, 'PUT', { watermark: true }, { cookie: analyst })).status).toBe(200)
    expect((await call<Health>(`${url}/api/health`, 'GET')).body.watermark).toBe(true)
    expect((await list(url, analyst)).settings).toEqual({ watermark: true })
  })
})
