import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { call, ROOT, start, tempDirs, type TempDirs } from './helpers'

const run = promisify(execFile)
let dirs: TempDirs

beforeAll(async () => {
  dirs = await tempDirs()
})

afterAll(async () => {
  await dirs.cleanup()
})

/**
 * The account command, compiled once for the run (tests/support/compiledServer.ts): a dozen processes
 * that each compile it with tsx take minutes of CPU. `viaNpm` runs it as an administrator types it,
 * `npm run user -- …`.
 */
async function user(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return command(process.execPath, [fileURLToPath(inject('compiled').userCli), ...args])
}

const viaNpm = (...args: string[]) => command('npm', ['run', '--silent', 'user', '--', ...args])

async function command(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(file, args, {
      cwd: ROOT,
      env: { ...process.env, STATE_DIR: dirs.state },
    })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

// Every step starts the command as its own process: a dozen of them can take a minute on a busy
// machine. The tests wait for each process to end, never for a time.
describe('npm run user', { timeout: 240_000 }, () => {
  it('adds, lists and removes accounts that can log in', async () => {
    expect(await viaNpm('add', '王分析', '--password', 'a long pass phrase')).toMatchObject({
      code: 0,
      stdout: 'added 王分析\n',
    })
    expect(await user('add', 'li.na', '--password', 'another pass phrase')).toMatchObject({ code: 0 })
    const list = await user('list')
    expect(
      list.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['王分析', 'li.na'])

    // Stored as a salted scrypt hash, never the password.
    const stored = await readFile(join(dirs.state, 'users.json'), 'utf8')
    expect(stored).not.toContain('a long pass phrase')
    expect(stored).toMatch(/"hash": "scrypt\$32768\$8\$1\$[\w+/=]+\$[\w+/=]+"/)

    const server = await start(dirs)
    try {
      expect(
        (await call(`${server.url}/api/login`, 'POST', { name: '王分析', password: 'a long pass phrase' })).status,
      ).toBe(200)
      expect(await user('remove', '王分析')).toMatchObject({ code: 0, stdout: 'removed 王分析\n' })
      expect(
        (await call(`${server.url}/api/login`, 'POST', { name: '王分析', password: 'a long pass phrase' })).status,
      ).toBe(401)
    } finally {
      await server.close()
    }
    expect((await user('list')).stdout).toBe(`li.na\t${/li\.na\t(\S+)/.exec(list.stdout)?.[1]}\n`)
  })

  it('refuses invalid names, short passwords, duplicates and unknown accounts', async () => {
    for (const name of ['../etc', 'a/b', '.hidden', 'x\ty', '', 'a'.repeat(33), 'with space']) {
      const res = await user('add', name, '--password', 'a long pass phrase')
      expect(res.code, JSON.stringify(name)).not.toBe(0)
    }
    expect((await user('add', 'shorty', '--password', 'short')).stderr).toContain('at least 8')
    expect((await user('add', 'li.na', '--password', 'a long pass phrase')).stderr).toContain('exists')
    expect((await user('remove', 'nobody')).stderr).toContain('no user nobody')
    expect((await user('frobnicate')).code).toBe(2)
  })

  it('keeps every account when several commands run at the same moment', async () => {
    const names = ['zhao', 'qian', 'sun', 'zhou']
    const results = await Promise.all(names.map((name) => user('add', name, '--password', 'a long pass phrase')))
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0])
    const listed = (await user('list')).stdout.split('\n').map((l) => l.split('\t')[0])
    for (const name of names) expect(listed, name).toContain(name)
  })
})
