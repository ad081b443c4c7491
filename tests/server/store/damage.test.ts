import { appendFile, readFile, symlink, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, csvOf, currentVersion, login, publishCsv, realRow, serverPerTest, start, text } from '../helpers'
import { keptLog, testEdit, threeVersions } from '../versions'

const s = serverPerTest()
const { logged, log } = keptLog()

const dataFile = (version: number, name: string) => join(s.dirs.state, 'versions', String(version), 'data', name)

describe('damage at rest', () => {
  it('records a SHA-256 per file in meta.json', async () => {
    await threeVersions(s.dirs)
    const meta = JSON.parse(await readFile(join(s.dirs.state, 'versions', '3', 'meta.json'), 'utf8')) as {
      sha256: Record<string, string>
    }
    expect(Object.keys(meta.sha256).sort()).toContain('data/observations.csv')
    expect(meta.sha256['data/manifest.json']).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses to start on a truncated current file, naming it and the newest intact version', async () => {
    await threeVersions(s.dirs)
    await truncate(dataFile(3, 'observations.csv'), 100)
    await expect(start(s.dirs, { log })).rejects.toThrow(
      /versions\/3\/data\/observations\.csv.*differs from what was written.*version 2 is intact/s,
    )
  })

  it('checks a version written before hashes by loading it: an overwritten file is named', async () => {
    await threeVersions(s.dirs)
    const metaPath = join(s.dirs.state, 'versions', '3', 'meta.json')
    const legacy = JSON.parse(await readFile(metaPath, 'utf8')) as Record<string, unknown>
    delete legacy.sha256
    await writeFile(metaPath, JSON.stringify(legacy))
    await writeFile(dataFile(3, 'observations.csv'), 'region,period,indicator,value\n衡阳市,二〇二二,x,y\n')
    await expect(start(s.dirs, { log })).rejects.toThrow(/versions\/3\/data\/observations\.csv/)
  })

  it('refuses a rollback to a damaged version and a publish on a damaged current one (500, file named)', async () => {
    await threeVersions(s.dirs)
    const server = await start(s.dirs)
    try {
      const cookie = await login(server.url, 'alice')
      await writeFile(dataFile(2, 'observations.csv'), 'overwritten')
      const rollback = await call<{ error: string; message: { en: string } }>(
        `${server.url}/api/rollback`,
        'POST',
        { version: 2, baseVersion: 3 },
        { cookie },
      )
      expect(rollback.status).toBe(500)
      expect(rollback.body.error).toBe('damagedVersion')
      expect(rollback.body.message.en).toContain('versions/2/data/observations.csv')
      expect(await currentVersion(server.url)).toBe(3)

      await appendFile(dataFile(3, 'regions.csv'), 'x')
      const row = await realRow('衡阳市,2022,pct_applications,')
      const publish = await publishCsv<{ error: string; message: { en: string } }>(server.url, cookie, {
        baseVersion: 3,
        name: 'x.csv',
        csv: csvOf(testEdit(row, 43)),
      })
      expect(publish.status).toBe(500)
      expect(publish.body.message.en).toContain('versions/3/data/regions.csv')
      expect((await text(`${server.url}/data/regions.csv`)).status).toBe(500)
      expect(await currentVersion(server.url)).toBe(3)
    } finally {
      await server.close()
    }
  })

  it('never serves a file through a link out of the state directory', async () => {
    const server = await start(s.dirs)
    try {
      const outside = join(s.dirs.root, 'outside.csv')
      await writeFile(outside, 'secret outside the state directory')
      await rm(dataFile(1, 'regions.csv'))
      await symlink(outside, dataFile(1, 'regions.csv'))
      const res = await text(`${server.url}/data/regions.csv`)
      expect(res.status).toBe(500)
      expect(res.body).not.toContain('secret')
    } finally {
      await server.close()
    }
  })

  it('names a broken current.json or meta.json instead of a bare SyntaxError', async () => {
    await threeVersions(s.dirs)
    // The current version's: an earlier one's is logged and the server starts (routes/rollbackChecks.test.ts).
    await writeFile(join(s.dirs.state, 'versions', '3', 'meta.json'), '{"version": 3,')
    await expect(start(s.dirs)).rejects.toThrow(/versions\/3\/meta\.json.*not valid JSON/)
    await writeFile(join(s.dirs.state, 'current.json'), '{"vers')
    await expect(start(s.dirs)).rejects.toThrow(/current\.json.*not valid JSON/)
  })

  it('answers 500 naming users.json when it is broken, never 400', async () => {
    const server = await start(s.dirs)
    try {
      await writeFile(join(s.dirs.state, 'users.json'), '{"users": [')
      const res = await call<{ message: { en: string } }>(`${server.url}/api/login`, 'POST', {
        name: 'alice',
        password: 'correct horse battery',
      })
      expect(res.status).toBe(500)
      expect(res.body.message.en).toContain('users.json')
    } finally {
      await server.close()
    }
  })

  it('skips and logs one bad audit line instead of refusing to start', async () => {
    await threeVersions(s.dirs)
    const audit = join(s.dirs.state, 'audit.log')
    const lines = (await readFile(audit, 'utf8')).split('\n')
    await writeFile(audit, [lines[0], '{"at": garbage', ...lines.slice(1)].join('\n'))
    const server = await start(s.dirs, { log })
    try {
      expect(await currentVersion(server.url)).toBe(3)
      expect(logged.join('\n')).toMatch(/audit\.log line 2 is damaged/)
    } finally {
      await server.close()
    }
  })
})
