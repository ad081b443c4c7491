import { describe, expect, it } from 'vitest'
import { csvOf, login, publishCsv, serverPerTest } from '../helpers'

const s = serverPerTest()

interface Refusal {
  error: string
  problems?: { code: string; row: number; column: number; params: { size: number; max: number } }[]
  message: { zh: string; en: string }
}

describe('cells past the import limits', () => {
  it('refuses a 3,000,000-character cell by its row and column, and publishes nothing', async () => {
    const { url } = await s.start()
    const cookie = await login(url, 'alice')
    const csv = csvOf(
      '衡阳市,1990-01,valid_trademarks,1,,estimate,,TEST',
      `衡阳市,1990-02,valid_trademarks,2,,estimate,,${'x'.repeat(3_000_000)}`,
    )
    const res = await publishCsv<Refusal>(url, cookie, { baseVersion: 1, name: 'long-cell.csv', csv })
    expect(res.status).toBe(422)
    expect(res.body.problems).toEqual([
      expect.objectContaining({ code: 'cellTooLong', row: 3, column: 8, params: { size: 3_000_000, max: 32_767 } }),
    ])
    const again = await publishCsv(url, cookie, {
      baseVersion: 1,
      name: 'ok.csv',
      csv: csvOf('衡阳市,1990-01,valid_trademarks,1,,estimate,,TEST'),
    })
    expect(again.status, 'version 1 is still the current one').toBe(200)
  })
})
