import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseManifest, servedManifest } from '../../../server/store/manifest'
import { call, csvOf, login, publishCsv, realRow, serverPerTest, text } from '../helpers'

const s = serverPerTest()

describe('what viewers see of analysts', () => {
  it('names no account to viewers, in the history or any served or stored data file; analysts see who published', async () => {
    await s.start()
    const url = s.server.url
    const cookie = await login(url, 'alice')
    // A real row with its value changed by one: a test edit, not a real figure.
    const row = (await realRow('衡阳市,2022,patent_grants,5183,')).replace(',5183,', ',5184,')
    const published = await publishCsv(url, cookie, { baseVersion: 1, name: 'x.csv', csv: csvOf(row) })
    expect(published.status).toBe(200)
    expect((await call(`${url}/api/rollback`, 'POST', { version: 1, baseVersion: 2 }, { cookie })).status).toBe(200)

    const anonymous = await text(`${url}/api/versions`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toContain('alice')
    const list = JSON.parse(anonymous.body) as { versions: Record<string, unknown>[] }
    expect(list.versions).toHaveLength(3)
    for (const v of list.versions) expect(v).not.toHaveProperty('by')

    const analyst = await call<{ versions: { by: string | null }[] }>(`${url}/api/versions`, 'GET', undefined, {
      cookie,
    })
    expect(analyst.body.versions.map((v) => v.by)).toEqual(['alice', 'alice', null])

    const manifest = await text(`${url}/data/manifest.json`)
    expect(manifest.body).not.toContain('alice')
    expect(JSON.parse(manifest.body)).not.toHaveProperty('published.by')
    for (const version of ['2', '3']) {
      const dir = join(s.dirs.state, 'versions', version, 'data')
      for (const name of await readdir(dir, { recursive: true })) {
        if (!name.endsWith('.json') && !name.endsWith('.csv')) continue
        expect(await readFile(join(dir, name), 'utf8'), `${version}/${name}`).not.toContain('alice')
      }
    }
  })
})

describe('manifests of versions an earlier server made', () => {
  it('are served without the account name they were stamped with', async () => {
    const stored = JSON.parse(await readFile(join(s.dirs.seed, 'manifest.json'), 'utf8')) as Record<string, unknown>
    const old = parseManifest(
      JSON.stringify({
        ...stored,
        published: { version: 4, at: '2026-01-01T00:00:00.000Z', by: 'alice', rollbackOf: 2 },
      }),
    )
    expect(servedManifest(old).published).toEqual({ version: 4, at: '2026-01-01T00:00:00.000Z', rollbackOf: 2 })
    const current = parseManifest(
      JSON.stringify({ ...stored, published: { version: 5, at: '2026-01-02T00:00:00.000Z' } }),
    )
    expect(servedManifest(current)).toBe(current)
  })
})
