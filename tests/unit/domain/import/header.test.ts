import { describe, expect, it } from 'vitest'
import { parseHeader } from '@/domain/import/header'

describe('parseHeader', () => {
  it.each([
    ['专利授权量（件）', '专利授权量', '件'],
    ['有效注册商标(万件)', '有效注册商标', '万件'],
    ['常住人口(万人)', '常住人口', '万人'],
    ['专利密度(件/万人)', '专利密度', '件/万人'],
    ['增长率(%)', '增长率', '%'],
    ['当年授权量(1-8月)', '当年授权量', ''],
  ])('%j → name %j, unit %j', (text, name, unit) => {
    expect(parseHeader(text)).toMatchObject({ name, unit })
  })

  it('keeps the months a header names', () => {
    expect(parseHeader('当年授权量(1-8月)').hint).toEqual({ from: 1, to: 8 })
    expect(parseHeader('当月授权量（8月）').hint).toEqual({ from: 8, to: 8 })
  })
})
