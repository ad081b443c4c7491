import { createHash } from 'node:crypto'
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, currentVersion, login, realRow, serverPerTest } from '../helpers'
import { keptLog, testEdit, threeVersions } from '../versions'

const s = serverPerTest()
const { logged, log } = keptLog()

type Refusal = { error: string; message: { zh: string; en: string } }

const versionDir = (version: number) => join(s.dirs.state, 'versions', String(version))

const rollback = (url: string, cookie: string, version: number, baseVersion = 3) =>
  call<Refusal>(`${url}/api/rollback`, 'POST', { version, baseVersion }, { cookie })

/** A rollback to version 2 is refused as damaged, in both languages, and version 3 stays current. */
async function expectRefused(url: string, cookie: string, says: { en: string; zh: string }): Promise<void> {
  const res = await rollback(url, cookie, 2)
  expect(res.status).toBe(500)
  expect(res.body.error).toBe('damagedVersion')
  expect(res.body.message.en).toContain(says.en)
  expect(res.body.message.zh).toContain(says.zh)
  expect(await currentVersion(url)).toBe(3)
}

describe('a rollback checks the version it goes to', () => {
  it('loads a version whose hashes were recorded, and refuses one the browser would find an error in', async () => {
    await threeVersions(s.dirs)
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
    await expectRefused(server.url, cookie, { en: 'duplicateConflict', zh: '第 2 版' })
  })

  it('answers a rollback to a version whose files are gone in words, not 500 internal', async () => {
    await threeVersions(s.dirs)
    const server = await s.start()
    const cookie = await login(server.url, 'alice')
    await rm(join(versionDir(2), 'data'), { recursive: true })
    await expectRefused(server.url, cookie, { en: 'versions/2/data', zh: '第 2 版' })
  })

  it('starts despite a damaged old meta.json, logs it, and refuses a rollback to that version in both languages', async () => {
    await threeVersions(s.dirs)
    await writeFile(join(versionDir(2), 'meta.json'), '{"version": 2,')
    const server = await s.start({ log })
    expect(logged.join('\n')).toMatch(/versions\/2\/meta\.json.*not valid JSON/)
    expect(await currentVersion(server.url)).toBe(3)
    const history = await call<{ versions: { version: number }[] }>(`${server.url}/api/versions`, 'GET')
    expect(history.body.versions.map((v) => v.version)).toEqual([3, 1])

    const cookie = await login(server.url, 'alice')
    await expectRefused(server.url, cookie, { en: 'versions/2/meta.json', zh: 'versions/2/meta.json' })
    // The intact versions still roll back.
    expect((await rollback(server.url, cookie, 1)).status).toBe(200)
  })
})
