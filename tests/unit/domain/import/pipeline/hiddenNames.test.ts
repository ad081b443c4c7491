import { describe, expect, it } from 'vitest'
import { readBytes } from '../../../../support/importFixture'
import { located, ok } from '../../../../support/readResult'

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

describe('a name with a character nobody sees', () => {
  it('is an error at its cell, as the server refuses it, and is offered as no new name', async () => {
    const csv = [
      '地区,时期,指标,数值',
      '衡阳\u200b市,2022,patent_grants,5183',
      '衡阳市,2021,专利授权\u2060量,4500',
      '假\ufeff县,2020,patent_grants,4000',
      '假县\u{e0041},2020,patent_grants,4000',
      '衡阳市,2019,patent_grants,3500',
    ].join('\r\n')
    const r = ok(await readBytes(utf8(csv)))
    expect(located(r)).toEqual([
      ['hiddenCharacter', 2, 1],
      ['hiddenCharacter', 3, 3],
      ['hiddenCharacter', 4, 1],
      ['hiddenCharacter', 5, 1],
    ])
    expect(r.problems[0]?.params).toEqual({ value: '衡阳⟨U+200B⟩市', char: 'U+200B' })
    expect(r.problems[3]?.params).toEqual({ value: '假县⟨U+E0041⟩', char: 'U+E0041' })
    expect(r.unknownRegions).toEqual([])
    expect(r.unknownIndicators).toEqual([])
    expect(r.columns.length).toBe(1)
  })

  it('is an error at its header when a column is named with it, once however many rows', async () => {
    const csv = '时期,衡阳市,株洲市,云梦\u200b泽\r\n2020年11月,1897,6957,5\r\n2021年2月,2018,7281,6\r\n'
    const r = ok(await readBytes(utf8(csv), { fileName: '有效发明专利量.csv' }))
    expect(r.mapping.shape).toBe('regionColumns')
    expect(located(r)).toEqual([['hiddenCharacter', 1, 4]])
    expect(r.unknownRegions).toEqual([])
    expect(r.columns.length).toBe(4)
  })
})
