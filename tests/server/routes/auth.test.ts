import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UserStore } from '../../../server/store/users'
import {
  addUser,
  call,
  csvOf,
  currentVersion,
  login,
  PASSWORD,
  publishCsv,
  realRow,
  serverPerTest,
  sessionStatus,
  text,
} from '../helpers'

const s = serverPerTest()

// What a login stores (its session, its address as known): not what these tests look at.
const LOGIN_FILES = new Set(['sessions.json', 'known-addresses.json'])

/** Every file under the state directory, but what logins store, with its size and modification time. */
async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || LOGIN_FILES.has(entry.name)) continue
    const path = join(entry.parentPath, entry.name)
    const info = await stat(path)
    out.push(`${path} ${info.size} ${info.mtimeMs}`)
  }
  return out.sort()
}

const loginAs = (url: string, name: string, password: string, headers: Record<string, string> = {}) =>
  call(`${url}/api/login`, 'POST', { name, password }, { headers })

describe('login', () => {
  it('gives an HttpOnly, SameSite=Strict session cookie for the right password', async () => {
    await s.start()
    const res = await loginAs(s.server.url, 'alice', PASSWORD)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'alice' })
    const cookie = res.headers.getSetCookie()[0] ?? ''
    expect(cookie).toMatch(/^hy_session=[\w-]{43};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).toContain('Path=/')
    expect(cookie).not.toContain('Secure')
    const session = await call(`${s.server.url}/api/session`, 'GET', undefined, { cookie: cookie.split(';')[0] })
    expect(session.status).toBe(200)
    expect(session.body).toMatchObject({ name: 'alice' })

    const out = await call(`${s.server.url}/api/logout`, 'POST', undefined, { cookie: cookie.split(';')[0] })
    expect(out.status).toBe(200)
    expect((await call(`${s.server.url}/api/session`, 'GET', undefined, { cookie: cookie.split(';')[0] })).status).toBe(
      401,
    )
  })

  it('refuses a wrong password or an unknown name alike', async () => {
    await s.start()
    const wrong = await loginAs(s.server.url, 'alice', 'wrong password')
    expect(wrong.status).toBe(401)
    expect(wrong.body).toMatchObject({
      error: 'badCredentials',
      message: { zh: '用户名或密码不正确。', en: 'Wrong name or password.' },
    })
    expect(wrong.headers.getSetCookie()).toEqual([])
    expect((await loginAs(s.server.url, 'nobody', PASSWORD)).body).toEqual(wrong.body)
    expect((await call(`${s.server.url}/api/session`, 'GET')).status).toBe(401)
  })

  it('marks the cookie Secure behind an https proxy only when told to trust it', async () => {
    await s.start()
    const untrusted = await loginAs(s.server.url, 'alice', PASSWORD, { 'X-Forwarded-Proto': 'https' })
    expect(untrusted.headers.getSetCookie()[0]).not.toContain('Secure')
    await s.server.close()
    await s.start({ trustProxy: true })
    const trusted = await loginAs(s.server.url, 'alice', PASSWORD, { 'X-Forwarded-Proto': 'https' })
    expect(trusted.headers.getSetCookie()[0]).toContain('Secure')
  })

  it('rate-limits repeated wrong passwords per address, with Retry-After', async () => {
    await s.start({
      loginFailures: { perIp: { max: 3, windowMs: 60_000 }, perName: { max: 100, windowMs: 60_000 } },
    })
    for (let i = 0; i < 3; i++) expect((await loginAs(s.server.url, 'alice', `wrong ${i}`)).status).toBe(401)
    const limited = await loginAs(s.server.url, 'alice', 'wrong again')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.body).toMatchObject({
      error: 'tooManyAttempts',
      message: { zh: expect.stringContaining('秒后再试') as unknown },
    })
    // Even the right password waits: guessing cannot continue by luck.
    expect((await loginAs(s.server.url, 'alice', PASSWORD)).status).toBe(429)
  })

  it('rate-limits wrong passwords per account name across addresses', async () => {
    await s.start({
      trustProxy: true,
      loginFailures: { perIp: { max: 100, windowMs: 60_000 }, perName: { max: 3, windowMs: 60_000 } },
    })
    for (let i = 0; i < 3; i++)
      expect((await loginAs(s.server.url, 'alice', 'wrong', { 'X-Forwarded-For': `10.0.0.${i + 1}` })).status).toBe(401)
    expect((await loginAs(s.server.url, 'alice', PASSWORD, { 'X-Forwarded-For': '10.0.0.99' })).status).toBe(429)
    // Another account is not affected.
    await addUser(s.dirs.state, 'bob')
    expect((await loginAs(s.server.url, 'bob', PASSWORD, { 'X-Forwarded-For': '10.0.0.99' })).status).toBe(200)
  })

  it('limits login requests of any outcome per address (each costs a slow hash)', async () => {
    await s.start({ loginRequests: { max: 2, windowMs: 60_000 } })
    expect((await loginAs(s.server.url, 'alice', PASSWORD)).status).toBe(200)
    expect((await loginAs(s.server.url, 'alice', PASSWORD)).status).toBe(200)
    const third = await loginAs(s.server.url, 'alice', PASSWORD)
    expect(third.status).toBe(429)
    expect(third.headers.get('retry-after')).not.toBeNull()
    expect(third.body).toMatchObject({ error: 'tooManyAttempts' })
  })
})

describe('without a valid session', () => {
  it('publish and rollback get 401 and change nothing; an expired session too', async () => {
    await s.start({ sessionTtlMs: 300 })
    const row = await realRow('衡阳市,2022,patent_grants,')
    const body = { baseVersion: 1, name: 'x.csv', csv: csvOf(row.replace(',5183,', ',5184,')) }
    const before = await snapshot(s.dirs.state)
    const data = await text(`${s.server.url}/data/observations.csv`)

    const anonymous = await call(`${s.server.url}/api/publish`, 'POST', body)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body).toMatchObject({
      error: 'unauthenticated',
      message: { zh: '请先登录。', en: 'Log in first.' },
    })
    expect((await call(`${s.server.url}/api/rollback`, 'POST', { version: 1, baseVersion: 1 })).status).toBe(401)
    const forged = await call(`${s.server.url}/api/publish`, 'POST', body, { cookie: 'hy_session=forged-token' })
    expect(forged.status).toBe(401)

    const cookie = await login(s.server.url, 'alice')
    await new Promise((r) => setTimeout(r, 400))
    const expired = await call(`${s.server.url}/api/publish`, 'POST', body, { cookie })
    expect(expired.status).toBe(401)
    expect(expired.body).toMatchObject({ error: 'sessionExpired' })
    expect(
      (await call(`${s.server.url}/api/rollback`, 'POST', { version: 1, baseVersion: 1 }, { cookie })).status,
    ).toBe(401)
    expect(await sessionStatus(s.server.url, cookie)).toBe(401)

    expect(await currentVersion(s.server.url)).toBe(1)
    expect((await call<{ versions: unknown[] }>(`${s.server.url}/api/versions`, 'GET')).body.versions).toHaveLength(1)
    expect((await text(`${s.server.url}/data/observations.csv`)).body).toBe(data.body)
    expect(await snapshot(s.dirs.state)).toEqual(before)
  })

  it('a removed account loses its session at once', async () => {
    await s.start()
    const cookie = await login(s.server.url, 'alice')
    expect(await sessionStatus(s.server.url, cookie)).toBe(200)
    await new UserStore(s.dirs.state).remove('alice')
    expect(await sessionStatus(s.server.url, cookie)).toBe(401)
    const res = await publishCsv(s.server.url, cookie, { baseVersion: 1, name: 'x', csv: 'x' })
    expect(res.status).toBe(401)
  })
})

describe('REQUIRE_LOGIN', () => {
  it('asks viewers for a session for data, versions and events, but still serves the app', async () => {
    const appDir = join(s.dirs.root, 'app')
    const { mkdir, writeFile } = await import('node:fs/promises')
    await mkdir(appDir)
    await writeFile(join(appDir, 'index.html'), '<!doctype html><title>app</title>')
    await s.start({ requireLogin: true, appDir })
    expect((await text(`${s.server.url}/`)).status).toBe(200)
    expect((await call(`${s.server.url}/api/health`, 'GET')).body).toMatchObject({ ok: true, requireLogin: true })
    for (const path of ['/data/manifest.json', '/data/observations.csv', '/api/versions', '/api/events']) {
      expect((await text(`${s.server.url}${path}`)).status, path).toBe(401)
    }
    const cookie = await login(s.server.url, 'alice')
    const data = await text(`${s.server.url}/data/observations.csv`, { cookie })
    expect(data.status).toBe(200)
    expect(data.headers.get('cache-control')).toBe('private, no-cache')
    expect(data.body).toBe(await readFile(join(s.dirs.seed, 'observations.csv'), 'utf8'))
    expect((await text(`${s.server.url}/api/versions`, { cookie })).status).toBe(200)
  })
})
