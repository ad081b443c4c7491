import { describe, expect, it } from 'vitest'
import { namesGrowth, parseHeader, rankedName, resolveHeaderIndicator, roleNamed } from '@/domain/import/header/header'
import { loadCatalogue } from '../../../../support/embedded'

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

  it.each([
    ['2023年专利授权量（件）', '专利授权量', '件', '2023'],
    ['专利授权量（件）2023年', '专利授权量', '件', '2023'],
    ['专利授权量（2023年）', '专利授权量', '', '2023'],
    ['2024年末有效注册商标量（万件）', '有效注册商标量', '万件', '2024'],
    ['2023年-专利授权量(件)', '专利授权量', '件', '2023'],
  ])('%j → name %j, unit %j, period %s', (text, name, unit, period) => {
    const h = parseHeader(text)
    expect([h.name, h.unit, h.period?.key]).toEqual([name, unit, period])
  })

  it.each([
    ['专利授权量同比增长', true],
    ['增长率', true],
    ['发明专利授权量环比增速', true],
    ['专利授权量', false],
    ['有效发明专利量', false],
  ])('%j names a growth rate: %s', (name, growth) => {
    expect(namesGrowth(name)).toBe(growth)
  })

  it('keeps the months a header names', () => {
    expect(parseHeader('当年授权量(1-8月)').hint).toEqual({ from: 1, to: 8 })
    expect(parseHeader('当月授权量（8月）').hint).toEqual({ from: 8, to: 8 })
  })
})

describe('rank headers', () => {
  it.each([
    ['排名', ''],
    ['位次', ''],
    ['全省排名', ''],
    ['专利密度排名', '专利密度'],
    ['专利密度-排名', '专利密度'],
  ])('%j is a rank, of %j', (header, ranked) => {
    expect(roleNamed(header)).toBe('rank')
    expect(rankedName(header)).toBe(ranked)
  })

  it.each([
    ['序号', 'ignore'],
    ['专利密度', undefined],
    ['地区', 'region'],
  ])('%j is no rank', (header, role) => {
    expect(roleNamed(header)).toBe(role)
  })
})

describe('resolveHeaderIndicator', () => {
  const catalogue = loadCatalogue()
  it.each([
    ['职务-职务总计', 'valid_invention_patents_service'],
    ['职务-合计', 'valid_invention_patents_service'],
    ['职务-小计', 'valid_invention_patents_service'],
    ['当月授权量-职务-合计', 'patent_grants_service'],
    ['非职务-个人', 'valid_invention_patents_individual'],
  ])('%j names %j', (header, id) => {
    const family = id.startsWith('patent_grants') ? 'patent_grants' : 'valid_invention_patents'
    expect(resolveHeaderIndicator(catalogue, header, family)?.id).toBe(id)
  })

  it('names nothing for a total with no group the catalogue knows', () => {
    expect(resolveHeaderIndicator(catalogue, '其他-合计', 'valid_invention_patents')).toBeUndefined()
  })
})
