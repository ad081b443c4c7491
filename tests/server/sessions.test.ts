import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addUser, call, login, PASSWORD, ROOT, start, tempDirs, type Running, type TempDirs } from './helpers'

const run = promisify(execFile)
let dirs: TempDirs
let server: Running | undefined

beforeEach(async () => {
  dirs = await tempDirs()
  await addUser(dirs.state, 'alice')
  await addUser(dirs.state, 'bob')
})

afterEach(async () => {
  await server?.close()
  server = undefined
  await dirs.cleanup()
})

const sessionStatus = async (url: string, cookie: string) =>
  (await call(`${url}/api/session`, 'GET', undefined, { cookie })).status

describe('sessions', () => {
  it('survive a restart, and only a hash of each token is stored', async () => {
    server = await start(dirs)
    const cookie = await login(server.url, 'alice')
    const token = cookie.slice('hy_session='.length)
    await server.close()
    server = await start(dirs)
    expect(await sessionStatus(server.url, cookie)).toBe(200)
    const stored = await readFile(join(dirs.state, 'sessions.json'), 'utf8')
    expect(stored).not.toContain(token)
    expect(stored).toContain(createHash('sha256').update(token).digest('base64url'))
    // Logging out ends it for good, across a restart too.
    expect((await call(`${server.url}/api/logout`, 'POST', undefined, { cookie })).status).toBe(200)
    await server.close()
    server = await start(dirs)
    expect(await sessionStatus(server.url, cookie)).toBe(401)
  })

  it('expired sessions are pruned from the state directory', async () => {
    server = await start(dirs, { sessionTtlMs: 300 })
    const first = await login(server.url, 'alice')
    await new Promise((r) => setTimeout(r, 400))
    const second = await login(server.url, 'bob')
    const stored = await readFile(join(dirs.state, 'sessions.json'), 'utf8')
    const digestOf = (cookie: string) =>
      createHash('sha256').update(cookie.slice('hy_session='.length)).digest('base64url')
    expect(stored).not.toContain(digestOf(first))
    expect(stored).toContain(digestOf(second))
    expect(await sessionStatus(server.url, first)).toBe(401)
  })

  it('a password changed with npm run user while the server runs ends that account’s sessions only', async () => {
    server = await start(dirs)
    const alice = await login(server.url, 'alice')
    const bob = await login(server.url, 'bob')
    await run('npm', ['run', '--silent', 'user', '--', 'passwd', 'alice', '--password', 'a new pass phrase'], {
      cwd: ROOT,
      env: { ...process.env, STATE_DIR: dirs.state },
    })
    expect(await sessionStatus(server.url, alice)).toBe(401)
    expect(
      (await call(`${server.url}/api/publish`, 'POST', { baseVersion: 1, name: 'x', csv: 'x' }, { cookie: alice }))
        .status,
    ).toBe(401)
    expect(await sessionStatus(server.url, bob)).toBe(200)
    expect((await call(`${server.url}/api/login`, 'POST', { name: 'alice', password: PASSWORD })).status).toBe(401)
    expect(await sessionStatus(server.url, await login(server.url, 'alice', 'a new pass phrase'))).toBe(200)
  })
})
