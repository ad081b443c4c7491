import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvOf, currentVersion, login, publishCsv, realRow, serverPerTest } from '../helpers'

const s = serverPerTest({ start: true })

describe('an identical re-publish', () => {
  it('answers 422 nothingChanged with the current version, in both languages, and writes no version', async () => {
    const cookie = await login(s.server.url, 'alice')
    const res = await publishCsv<{ error: string; currentVersion: number; message: { zh: string; en: string } }>(
      s.server.url,
      cookie,
      { baseVersion: 1, name: 'same.csv', csv: csvOf(await realRow('衡阳市,2022,patent_grants,')) },
    )
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ error: 'nothingChanged', currentVersion: 1 })
    expect(res.body.message.zh).toContain('第 1 版')
    expect(res.body.message.en).toContain('version 1')
    expect(await currentVersion(s.server.url)).toBe(1)
    expect(await readdir(join(s.dirs.state, 'versions'))).toEqual(['1'])
  })
})
