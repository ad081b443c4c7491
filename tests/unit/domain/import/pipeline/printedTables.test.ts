import { describe, expect, it } from 'vitest'
import { fixtureBytes, readBytes, readFixture } from '../../../../support/importFixture'
import { publishedTables } from '../../../../support/published'
import { loadIndicators, loadRegions } from '../../../../support/embedded'
import { Catalogue } from '@/domain/catalogue'
import { proposeRegions } from '@/domain/import/custom'
import { figures, located, ok } from '../../../../support/readResult'

const headers = (r: Awaited<ReturnType<typeof readFixture>>) => ok(r).mapping.columns.map((c) => c.header)
const HOLDERS = ['职务-大专院校', '职务-科研单位', '职务-工矿企业', '职务-机关团体', '职务-职务总计', '非职务-个人']

describe('the province’s tables as printed: units on their own header row, merged groups, 排名', () => {
  it('reads the split-unit 2020-11 table into the catalogue’s indicators, offering no custom names', async () => {
    const r = ok(await readFixture('printed-valid-invention-2020-11.csv', 'gbk'))
    expect(r.mapping.headerRows).toBe(2)
    expect(headers(r)).toEqual(['地区', '2020年11月', ...HOLDERS, '常住人口(万人)', '专利密度(件/万人)', '排名'])
    expect(r.mapping.columns.slice(8).map((c) => [c.role, c.indicator, c.unit])).toEqual([
      ['measure', 'resident_population', '万人'],
      ['measure', 'invention_patents_per_10k', '件/万人'],
      ['rank', undefined, undefined],
    ])
    expect(r.unknownIndicators).toEqual([])
    expect(r.problems).toEqual([])
    const got = figures(r)
    // 万人 stays 万人: the catalogue counts population in 万人.
    expect(got.get('衡阳市|2020-11|resident_population')).toBe(730.06)
    expect(got.get('衡阳市|2020-11|invention_patents_per_10k')).toBe(2.6)
    expect(got).toEqual(publishedTables(['2020-11']))
  })

  it('reads a workbook’s merged cells as they arrive expanded: title across, groups repeated, three header rows', async () => {
    const r = ok(await readFixture('printed-valid-invention-2025-07.csv', 'utf-8-bom'))
    expect(r.mapping.titles).toEqual(['2025年7月湖南省有效发明专利统计表'])
    expect(r.mapping.tablePeriod).toBe('2025-07')
    expect(r.mapping.headerRows).toBe(3)
    expect(headers(r)).toEqual([
      '地区',
      '有效发明专利量(件)',
      ...HOLDERS.map((h) => `${h}(件)`),
      '常住人口(万人)',
      '专利密度(件/万人)',
      '排名',
    ])
    expect(r.unknownIndicators).toEqual([])
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(publishedTables(['2025-07']))
  })

  it('reads 当年授权量 as January to the title’s month and 当月授权量 with its parts as that month alone', async () => {
    const r = ok(await readFixture('printed-patent-grants-2023-08.csv'))
    expect(r.mapping.headerRows).toBe(3)
    expect(r.mapping.columns.slice(1, 4).map((c) => [c.header, c.indicator, c.period])).toEqual([
      ['当年授权量(件)', 'patent_grants', '2023-01..08'],
      ['当月授权量(件)', 'patent_grants', '2023-08'],
      ['分类-发明(件)', 'invention_grants', '2023-08'],
    ])
    expect(r.problems).toEqual([])
    const got = figures(r)
    expect(got.get('衡阳市|2023-01..08|patent_grants')).toBe(3018)
    expect(got.get('衡阳市|2023-08..08|patent_grants')).toBe(362)
    expect(got.get('衡阳市|2023-08..08|design_grants')).toBe(84)
    expect(got).toEqual(publishedTables(['2023-01..08', '2023-08..08']))
  })

  it('reads the columns beside 当月授权量 as that month even when the title names January to it', async () => {
    const text = new TextDecoder()
      .decode(fixtureBytes('printed-patent-grants-2023-08.csv'))
      .replace('2023年8月湖南省', '2023年1-8月湖南省')
    const r = ok(await readBytes(new TextEncoder().encode(text)))
    expect(r.mapping.tablePeriod).toBe('2023-01..08')
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(publishedTables(['2023-01..08', '2023-08..08']))
  })

  it('warns at a printed rank that its row’s density does not give, and stores no rank', async () => {
    const r = ok(await readFixture('broken-rank-2021-02.csv', 'gbk'))
    // 衡阳市 is row 7 of the file; its density 2.76 is seventh of the fourteen cities, not sixth.
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'rankMismatch',
        row: 7,
        column: 11,
        params: { value: 6, expected: 7, column: '专利密度(件/万人)' },
      },
    ])
    expect(r.errorCount).toBe(0)
    expect(figures(r)).toEqual(publishedTables(['2021-02']))
  })
})

describe('a unit on a header row of its own scales the column above it', () => {
  // The 2023 No. 2 bulletin's figures for 2022, in the shapes an analyst's sheet takes.
  it.each([
    ['its own row, full-width brackets', '年份,有效注册商标量,有效发明专利量\n,（万件）,（件）\n2022年,5.959,3176'],
    ['its own row, half-width brackets', '年份,有效注册商标量,有效发明专利量\n,(万件),(件)\n2022年,5.959,3176'],
    ['one row', '年份,有效注册商标量（万件）,有效发明专利量（件）\n2022年,5.959,3176'],
    ['under a vertical merge', '年份,有效注册商标量,有效发明专利量\n年份,（万件）,（件）\n2022年,5.959,3176'],
  ])('%s', async (_, text) => {
    const r = ok(await readBytes(new TextEncoder().encode(text)))
    expect(r.problems).toEqual([])
    expect(r.unknownIndicators).toEqual([])
    expect(figures(r)).toEqual(
      new Map([
        ['衡阳市|2022|valid_trademarks', 59590],
        ['衡阳市|2022|valid_invention_patents', 3176],
      ]),
    )
  })

  it.each([
    ['专利密度（件/万人）', '常住人口（万人）'],
    ['专利密度\n（件/万人）', '常住人口\n（万人）'],
  ])('reads %j and %j as the catalogue’s density and population', async (density, population) => {
    const [d1, d2 = ''] = density.split('\n')
    const [p1, p2 = ''] = population.split('\n')
    const header = d2 ? `地区,${p1},${d1}\n,${p2},${d2}` : `地区,${p1},${d1}`
    const r = ok(
      await readBytes(new TextEncoder().encode(`${header}\n衡阳市,643.43,7.08\n`), { fileName: '2025年7月.csv' }),
    )
    expect(r.unknownIndicators).toEqual([])
    expect(figures(r)).toEqual(
      new Map([
        ['衡阳市|2025-07|resident_population', 643.43],
        ['衡阳市|2025-07|invention_patents_per_10k', 7.08],
      ]),
    )
  })
})

describe('regions as columns', () => {
  it('reads periods down and one column per city, 全 省 as the province', async () => {
    const r = ok(await readFixture('cities-as-columns-valid-invention.csv'))
    expect(r.mapping.shape).toBe('regionColumns')
    expect(r.mapping.columns[0]?.role).toBe('period')
    expect(r.mapping.columns.at(-1)?.region).toBe('湖南省')
    expect(r.problems).toEqual([])
    const got = figures(r)
    expect(got.get('衡阳市|2021-02|valid_invention_patents')).toBe(2018)
    expect(got.get('湖南省|2025-07|valid_invention_patents')).toBe(129829)
    const counts = (key: string) =>
      new Map([...publishedTables([key])].filter(([k]) => k.endsWith('|valid_invention_patents')))
    expect(got).toEqual(new Map([...counts('2020-11'), ...counts('2021-02'), ...counts('2025-07')]))
  })

  it('reads indicators down and one column per city, with 当年/当月 periods from the row labels', async () => {
    const r = ok(await readFixture('cities-as-columns-grants-2023-08.csv', 'gb18030'))
    expect(r.mapping.shape).toBe('regionColumns')
    expect(r.mapping.columns[0]?.role).toBe('indicator')
    expect(r.problems).toEqual([])
    const got = figures(r)
    expect(got.get('长沙市|2023-01..08|patent_grants')).toBe(25858)
    expect(got.get('衡阳市|2023-08..08|patent_grants')).toBe(362)
    expect(got.get('衡阳市|2023-08..08|utility_model_grants')).toBe(190)
    const published = publishedTables(['2023-01..08', '2023-08..08'])
    for (const [key, value] of got) expect([key, published.get(key)]).toEqual([key, value])
    expect(got.size).toBe(16 * 5)
  })

  it('names a column that is no region where it stands, once, and offers it as a new region', async () => {
    const text = '时期,衡阳市,株洲市,云梦泽\r\n2020年11月,1897,6957,5\r\n2021年2月,2018,7281,6\r\n'
    const r = ok(await readBytes(new TextEncoder().encode(text), { fileName: '有效发明专利量.csv' }))
    expect(r.mapping.shape).toBe('regionColumns')
    expect(located(r)).toEqual([['unknownRegion', 1, 4]])
    expect(r.unknownRegions.map((u) => [u.name, u.row, u.column])).toEqual([['云梦泽', 1, 4]])
    expect(figures(r).get('株洲市|2021-02|valid_invention_patents')).toBe(7281)

    // Accepted as a region of the analyst's, the column is read on the next check.
    const catalogue = new Catalogue(loadIndicators(), [...loadRegions(), ...proposeRegions(r.unknownRegions, '衡阳市')])
    const again = ok(await readBytes(new TextEncoder().encode(text), { fileName: '有效发明专利量.csv', catalogue }))
    expect(again.problems).toEqual([])
    expect(figures(again).get('云梦泽|2021-02|valid_invention_patents')).toBe(6)
  })
})

describe('rows without a value', () => {
  it('reports a long row with region, period and indicator but no value at its value cell', async () => {
    const text = [
      '地区,时期,指标,数值,来源',
      '衡阳市,2022,有效发明专利,3176,bulletin',
      '衡阳市,2022,专利授权量,,bulletin',
      '衡阳市,2019,有效发明专利,1623,bulletin',
    ].join('\n')
    const r = ok(await readBytes(new TextEncoder().encode(text)))
    expect(r.problems).toEqual([{ severity: 'warning', code: 'noValue', row: 3, column: 4, params: undefined }])
    expect(r.columns.length).toBe(2)
  })

  it('lists a hundred of a million rows without a value and counts them all, so errors still show', async () => {
    const rows = 1_000_000
    const body = '衡阳市,2022,专利授权量,\n'.repeat(rows)
    const text = `地区,时期,指标,数值\n${body}湖南省,2022,专利授权量,x\n`
    const r = ok(await readBytes(new TextEncoder().encode(text)))
    expect(r.problemCounts.noValue).toBe(rows)
    expect(r.warningCount).toBe(rows)
    expect(r.problems.filter((p) => p.code === 'noValue')).toHaveLength(100)
    expect(located(r).at(-1)).toEqual(['badValue', rows + 2, 4])
  }, 120_000)
})
