import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, csvOf, currentVersion, login, serverPerTest } from '../helpers'

const s = serverPerTest({ start: true })

type Refusal = {
  error: string
  message: { zh: string; en: string }
  problems?: { code: string; row?: number; column?: number; params?: Record<string, string | number> }[]
}

const SOURCE = 'https://example.invalid/test'
const figure = (region: string, value: number, indicator = 'patent_grants', unit = '件') =>
  `${region},2022,${indicator},${value},${unit},actual,${SOURCE},test row: not a published figure`
const county = (name: string) => ({ name, nameEn: 'Test county', level: 'other', parent: '衡阳市', aliases: [] })

const publish = (cookie: string, body: Record<string, unknown>) =>
  call<Refusal>(`${s.server.url}/api/publish`, 'POST', { baseVersion: 1, name: 'names.csv', ...body }, { cookie })

describe('a name is written as it was accepted', () => {
  it('refuses two regions that differ only by an unpaired surrogate, located, in both languages, and writes nothing', async () => {
    const cookie = await login(s.server.url, 'alice')
    const res = await publish(cookie, {
      csv: csvOf(figure('假县\ud800', 1), figure('假县\udc00', 2)),
      regions: [county('假县\ud800'), county('假县\udc00')],
    })
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('badText')
    expect(res.body.message.en).toContain('"regions[0].name"')
    expect(res.body.message.en).toContain('U+D800')
    expect(res.body.message.zh).toContain('U+D800')
    expect(await currentVersion(s.server.url)).toBe(1)
    expect(await readdir(join(s.dirs.state, 'versions'))).toEqual(['1'])

    // Nothing was poisoned: a later publish of the same counties under plain names goes through.
    const later = await publish(cookie, {
      csv: csvOf(figure('假县甲', 1), figure('假县乙', 2)),
      regions: [county('假县甲'), county('假县乙')],
    })
    expect(later.status).toBe(200)
  })

  it.each([
    ['a zero-width space', '\u200b'],
    ['a right-to-left mark', '\u200f'],
    ['a word joiner', '\u2060'],
    ['an invisible plus', '\u2064'],
    ['a byte-order mark', '\ufeff'],
    ['an Arabic letter mark', '\u061c'],
    ['a tag letter A', '\u{e0041}'],
  ])('refuses %s in a region name with the located problem hiddenCharacter (422)', async (_what, hidden) => {
    const cookie = await login(s.server.url, 'alice')
    // Inside the name: at either end, trimming (as every label is) takes U+FEFF away.
    const name = `假${hidden}县`
    const res = await publish(cookie, { csv: csvOf(figure(name, 1)), regions: [county(name)] })
    expect(res.status).toBe(422)
    expect(res.body.error).toBe('invalidData')
    const code = `U+${(hidden.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    // The figure's cell, as Excel shows it (header = row 1, region = column A), and the custom entry's field.
    expect(res.body.problems).toContainEqual(
      expect.objectContaining({
        code: 'hiddenCharacter',
        row: 2,
        column: 1,
        params: expect.objectContaining({ char: code }),
      }),
    )
    expect(res.body.problems).toContainEqual(
      expect.objectContaining({
        code: 'hiddenCharacter',
        params: expect.objectContaining({ field: 'regions[0].name' }),
      }),
    )
    expect(await currentVersion(s.server.url)).toBe(1)
  })

  it('refuses a hidden character in an indicator name and in a unit', async () => {
    const cookie = await login(s.server.url, 'alice')
    const indicator = {
      id: 'custom:测试\u200b指标',
      nameZh: '测试\u200b指标',
      nameEn: 'Test indicator',
      unit: '件\u2060',
      kind: 'flow',
      parent: '',
      aliases: [],
    }
    const res = await publish(cookie, {
      csv: csvOf(figure('衡阳市', 1, indicator.id, indicator.unit)),
      indicators: [indicator],
    })
    expect(res.status).toBe(422)
    const fields = (res.body.problems ?? []).filter((p) => p.code === 'hiddenCharacter').map((p) => p.params?.field)
    expect(fields).toEqual(expect.arrayContaining(['indicators[0].id', 'indicators[0].nameZh', 'indicators[0].unit']))
    expect(res.body.problems).toContainEqual(expect.objectContaining({ code: 'hiddenCharacter', row: 2, column: 3 }))
    expect(await currentVersion(s.server.url)).toBe(1)
  })
})
