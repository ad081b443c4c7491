import { cp, mkdir, readdir, readFile, writeFile, appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, csvOf, currentVersion, login, publishCsv, realRow, serverPerTest, start, text } from '../helpers'
import { testEdit } from '../versions'

const s = serverPerTest()

/** Starts a server, publishes one test edit as version 2, stops. */
async function withVersion2(): Promise<string> {
  const server = await start(s.dirs)
  const cookie = await login(server.url, 'alice')
  const row = testEdit(await realRow('衡阳市,2022,patent_grants,'), 5190)
  expect((await publishCsv(server.url, cookie, { baseVersion: 1, name: 'v2.csv', csv: csvOf(row) })).status).toBe(200)
  await server.close()
  return row
}

const auditLines = async () =>
  (await readFile(join(s.dirs.state, 'audit.log'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { version: number })

describe('start after a crash', () => {
  it('removes half-written temporaries and a version written but never made current', async () => {
    const row = await withVersion2()
    const versions = join(s.dirs.state, 'versions')
    // A crash while writing version 3's tree, one after its rename but before current.json moved,
    // one while replacing current.json, and one mid-way through an audit line.
    await mkdir(join(versions, '.tmp-3-4242-0a1b2c'), { recursive: true })
    await writeFile(join(versions, '.tmp-3-4242-0a1b2c', 'meta.json'), '{"version": 3, "at"')
    await cp(join(versions, '2'), join(versions, '3'), { recursive: true })
    await writeFile(join(s.dirs.state, '.tmp-current.json-4242-0a1b2c'), '{"version": 3')
    await appendFile(join(s.dirs.state, 'audit.log'), '{"at":"2026-01-01T00:00:00.000Z","by":"alice","act')

    const server = await start(s.dirs)
    expect(await currentVersion(server.url)).toBe(2)
    expect((await readdir(versions)).sort()).toEqual(['1', '2'])
    expect((await readdir(s.dirs.state)).sort()).toEqual([
      'audit.log',
      'current.json',
      'known-addresses.json',
      'known-addresses.key',
      'server.pid',
      'sessions.json',
      'shares.key',
      'users.json',
      'versions',
    ])
    expect((await auditLines()).map((l) => l.version)).toEqual([2])
    expect((await text(`${server.url}/data/observations.csv`)).body).toContain(row)

    // The next publish takes the number the lost write would have had.
    const cookie = await login(server.url, 'alice')
    const next = await publishCsv(server.url, cookie, {
      baseVersion: 2,
      name: 'v3.csv',
      csv: csvOf(testEdit(row, 5191)),
    })
    expect(next.body).toMatchObject({ version: 3 })
    expect((await auditLines()).map((l) => l.version)).toEqual([2, 3])
    await server.close()
  })

  it('writes the audit entry of a version committed just before the crash', async () => {
    await withVersion2()
    await writeFile(join(s.dirs.state, 'audit.log'), '')
    const server = await start(s.dirs)
    expect(await auditLines()).toEqual([
      expect.objectContaining({ version: 2, action: 'publish', by: 'alice', baseVersion: 1 }),
    ])
    await server.close()
  })

  it('refuses a second server on the same state directory, and takes over the lock of a killed one', async () => {
    const server = await start(s.dirs)
    await expect(start(s.dirs)).rejects.toThrow(/another server \(pid \d+\) is using/)
    await server.close()
    // A pid file naming a process that no longer exists, as SIGKILL leaves it.
    await writeFile(join(s.dirs.state, 'server.pid'), '2147483646\n')
    const again = await start(s.dirs)
    expect(await readFile(join(s.dirs.state, 'server.pid'), 'utf8')).toBe(`${process.pid}\n`)
    await again.close()
    expect(await readdir(s.dirs.state)).not.toContain('server.pid')
  })

  it('keeps the published version and the history across a normal restart', async () => {
    const row = await withVersion2()
    const server = await start(s.dirs)
    expect(await currentVersion(server.url)).toBe(2)
    expect((await call<{ versions: unknown[] }>(`${server.url}/api/versions`, 'GET')).body.versions).toHaveLength(2)
    expect((await text(`${server.url}/data/observations.csv`)).body).toContain(row)
    await server.close()
  })
})
