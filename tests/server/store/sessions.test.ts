import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { call, login, PASSWORD, ROOT, serverPerTest, sessionStatus } from '../helpers'

const run = promisify(execFile)
const s = serverPerTest({ users: ['alice', 'bob'] })

describe('sessions', () => {
  it('survive a restart, and only a hash of each token is stored', async () => {
    await s.start()
    const cookie = await login(s.server.url, 'alice')
    const token = cookie.slice('hy_session='.length)
    await s.server.close()
    await s.start()
    expect(await sessionStatus(s.server.url, cookie)).toBe(200)
    const stored = await readFile(join(s.dirs.state, 'sessions.json'), 'utf8')
    expect(stored).not.toContain(token)
    expect(stored).toContain(createHash('sha256').update(token).digest('base64url'))
    // Logging out ends it for good, across a restart too.
    expect((await call(`${s.server.url}/api/logout`, 'POST', undefined, { cookie })).status).toBe(200)
    await s.server.close()
    await s.start()
    expect(await sessionStatus(s.server.url, cookie)).toBe(401)
  })

  it('expired sessions are pruned from the state directory', async () => {
    await s.start({ sessionTtlMs: 300 })
    const first = await login(s.server.url, 'alice')
    await new Promise((r) => setTimeout(r, 400))
    const second = await login(s.server.url, 'bob')
    const stored = await readFile(join(s.dirs.state, 'sessions.json'), 'utf8')
    const digestOf = (cookie: string) =>
      createHash('sha256').update(cookie.slice('hy_session='.length)).digest('base64url')
    expect(stored).not.toContain(digestOf(first))
    expect(stored).toContain(digestOf(second))
    expect(await sessionStatus(s.server.url, first)).toBe(401)
  })

  it('a password changed with npm run user while the server runs ends that account’s sessions only', async () => {
    await s.start()
    const alice = await login(s.server.url, 'alice')
    const bob = await login(s.server.url, 'bob')
    await run('npm', ['run', '--silent', 'user', '--', 'passwd', 'alice', '--password', 'a new pass phrase'], {
      cwd: ROOT,
      env: { ...process.env, STATE_DIR: s.dirs.state },
    })
    expect(await sessionStatus(s.server.url, alice)).toBe(401)
    expect(
      (await call(`${s.server.url}/api/publish`, 'POST', { baseVersion: 1, name: 'x', csv: 'x' }, { cookie: alice }))
        .status,
    ).toBe(401)
    expect(await sessionStatus(s.server.url, bob)).toBe(200)
    expect((await call(`${s.server.url}/api/login`, 'POST', { name: 'alice', password: PASSWORD })).status).toBe(401)
    expect(await sessionStatus(s.server.url, await login(s.server.url, 'alice', 'a new pass phrase'))).toBe(200)
  })
})
