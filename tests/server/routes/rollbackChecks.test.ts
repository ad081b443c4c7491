import { createHash } from 'node:crypto'
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { call, csvOf, currentVersion, login, publishCsv, realRow, serverPerTest, start } from '../helpers'

const s = serverPerTest()
const logged: string[] = []
const log = (message: string) => logged.push(message)
beforeEach(() => {
  logged.length = 0
})

type Refusal = { error: string; message: { zh: string; en: string } }

const testEdit = (row: string, value: number) =>
  row.replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, `$1${value}`).replace(/,[^,]*$/, ',test edit: not a published figure')

const versionDir = (version: number) => join(s.dirs.state, 'versions', String(version))

/** Publishes test edits as versions 2 and 3, then stops the server. */
async function threeVersions(): Promise<void> {
  const server = await start(s.dirs)
  const cookie = await login(server.url, 'alice')
  const row = await realRow('衡阳市,2022,patent_grants,')
  for (const [base, value] of [
    [1, 5190],
    [2, 5191],
  ] as const) {
    const res = await publishCsv(server.url, cookie, {
      baseVersion: base,
      name: `v${base + 1}.csv`,
      csv: csvOf(testEdit(row, value)),
    })
    expect(res.status).toBe(200)
  }
  await server.close()
}

const rollback = (url: string, cookie: string, version: number, baseVersion = 3) =>
  call<Refusal>(`${url}/api/rollback`, 'POST', { version, baseVersion }, { cookie })

describe('a rollback checks the version it goes to', () => {
  it('loads a version whose hashes were recorded, and refuses one the browser would find an error in', async () => {
    await threeVersions()
    // Version 2 as a server that wrote a name other than it accepted left it: two rows of one
    // figure with different values, its recorded hashes those of these very bytes.
    const file = join(versionDir(2), 'data', 'observations.csv')
    await appendFile(file, `${testEdit(await realRow('衡阳市,2022,patent_grants,'), 1)}\n`)
    const metaPath = join(versionDir(2), 'meta.json')
    const meta = JSON.parse(await readFile(metaPath, 'utf8')) as { sha256: Record<string, string> }
    meta.sha256['data/observations.csv'] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
    await writeFile(metaPath, JSON.stringify(meta, null, 2))

    const server = await s.start()
    const cookie = await login(server.url, 'alice')
    const res = await rollback(server.url, cookie, 2)
    expect(res.status).toBe(500)
    expect(res.body.error).toBe('damagedVersion')
    expect(res.body.message.en).toContain('duplicateConflict')
    expect(res.body.message.zh).toContain('第 2 版')
    expect(await currentVersion(server.url)).toBe(3)
  })

  it('answers a rollback to a version whose files are gone in words, not 500 internal', async () => {
    await threeVersions()
    const server = await s.start()
    const cookie = await login(server.url, 'alice')
    await rm(join(versionDir(2), 'data'), { recursive: true })
    const res = await rollback(server.url, cookie, 2)
    expect(res.status).toBe(500)
    expect(res.body.error).toBe('damagedVersion')
    expect(res.body.message.en).toContain('versions/2/data')
    expect(res.body.message.zh).toContain('第 2 版')
    expect(await currentVersion(server.url)).toBe(3)
  })

  it('starts despite a damaged old meta.json, logs it, and refuses a rollback to that version in both languages', async () => {
    await threeVersions()
    await writeFile(join(versionDir(2), 'meta.json'), '{"version": 2,')
    const server = await s.start({ log })
    expect(logged.join('\n')).toMatch(/versions\/2\/meta\.json.*not valid JSON/)
    expect(await currentVersion(server.url)).toBe(3)
    const history = await call<{ versions: { version: number }[] }>(`${server.url}/api/versions`, 'GET')
    expect(history.body.versions.map((v) => v.version)).toEqual([3, 1])

    const cookie = await login(server.url, 'alice')
    const res = await rollback(server.url, cookie, 2)
    expect(res.status).toBe(500)
    expect(res.body.error).toBe('damagedVersion')
    expect(res.body.message.en).toContain('versions/2/meta.json')
    expect(res.body.message.zh).toContain('versions/2/meta.json')
    expect(await currentVersion(server.url)).toBe(3)
    // The intact versions still roll back.
    expect((await rollback(server.url, cookie, 1)).status).toBe(200)
  })
})
