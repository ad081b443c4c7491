import { describe, expect, it } from 'vitest'
import { csvOf, currentVersion, login, publishCsv, realRow, serverPerTest } from '../helpers'

const s = serverPerTest({ start: true })

describe('a source that is no http(s) link', () => {
  it('is refused at publish, located at its row and column of the sent file (422)', async () => {
    const cookie = await login(s.server.url, 'alice')
    const real = (await realRow('衡阳市,2022,patent_grants,5183,')).split(',')
    const hostile = [...real.slice(0, 6), 'javascript:alert(1)', 'test row with a hostile source'].join(',')
    const res = await publishCsv(s.server.url, cookie, { baseVersion: 1, name: 'links.csv', csv: csvOf(hostile) })
    expect(res.status).toBe(422)
    expect(res.body.problems).toEqual([
      {
        severity: 'error',
        code: 'sourceNotLink',
        file: 'links.csv',
        row: 2,
        column: 7,
        params: { value: 'javascript:alert(1)' },
      },
    ])
    expect(await currentVersion(s.server.url)).toBe(1)
  })
})
