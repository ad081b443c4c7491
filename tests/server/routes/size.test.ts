import { describe, expect, it } from 'vitest'
import { assemblePublished } from '@/domain/published'
import { fetchPublishedFiles } from '@/io/publishedFiles'
import { syntheticLevelsCsv } from '../../support/syntheticFigures'
import { call, login, publishCsv, serverPerTest } from '../helpers'

const s = serverPerTest()

describe('size', () => {
  it('publishes a million figures and serves them back to the browser code', async () => {
    await s.start()
    const cookie = await login(s.server.url, 'alice')
    const before = assemblePublished(await fetchPublishedFiles(fetch, `${s.server.url}/`)).dataset.observations.length
    const res = await publishCsv(s.server.url, cookie, {
      baseVersion: 1,
      name: 'million.csv',
      csv: syntheticLevelsCsv(1_000_000),
    })
    expect(res.status, JSON.stringify(res.body).slice(0, 600)).toBe(200)
    expect(res.body).toMatchObject({ version: 2, counts: { added: 1_000_000, observations: before + 1_000_000 } })
    const loaded = assemblePublished(await fetchPublishedFiles(fetch, `${s.server.url}/`))
    expect(loaded.version).toBe(2)
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(loaded.dataset.observations.length).toBe(before + 1_000_000)
    // A million figures are checked, written and read back while other test files share the two cores.
  }, 600_000)

  it('refuses a publish past the figure limit with 413 and the limit in words', async () => {
    await s.start({ maxFigures: 5000 })
    const cookie = await login(s.server.url, 'alice')
    const res = await publishCsv<{ error: string; limit: number; message: { zh: string; en: string } }>(
      s.server.url,
      cookie,
      { baseVersion: 1, name: 'too-many.csv', csv: syntheticLevelsCsv(5000) },
    )
    expect(res.status).toBe(413)
    expect(res.body.error).toBe('tooManyFigures')
    expect(res.body.limit).toBe(5000)
    expect(res.body.message.zh).toContain('5,000')
    expect(res.body.message.en).toContain('5,000 figures')
    expect((await call(`${s.server.url}/api/health`, 'GET')).body).toMatchObject({ version: 1 })
  })
})
