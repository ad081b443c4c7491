import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../../support/importFixture'
import { publishedTables as published } from '../../../../support/published'
import { figures, ok } from '../../../../support/readResult'

describe('the province’s city tables, as published (title line, merged two-row header, 其 他 and 全 省)', () => {
  it('reads the 2020-11 valid invention patents table into exactly the published figures', async () => {
    const r = ok(await readFixture('city-valid-invention-2020-11.csv', 'gbk'))
    expect(r.encoding).toBe('gb18030')
    expect(r.mapping.shape).toBe('regionRows')
    expect(r.mapping.headerRows).toBe(2)
    expect(r.mapping.titles).toEqual(['2020年11月湖南省有效发明专利统计表'])
    expect(r.mapping.tablePeriod).toBe('2020-11')
    expect(r.mapping.tableIndicator).toBe('valid_invention_patents')
    expect(r.mapping.columns.map((c) => [c.header, c.role, c.indicator ?? '', c.period ?? ''])).toEqual([
      ['地区', 'region', '', ''],
      ['2020年11月', 'measure', 'valid_invention_patents', '2020-11'],
      ['职务-大专院校', 'measure', 'valid_invention_patents_university', ''],
      ['职务-科研单位', 'measure', 'valid_invention_patents_research', ''],
      ['职务-工矿企业', 'measure', 'valid_invention_patents_enterprise', ''],
      ['职务-机关团体', 'measure', 'valid_invention_patents_agency', ''],
      ['职务-职务总计', 'measure', 'valid_invention_patents_service', ''],
      ['非职务-个人', 'measure', 'valid_invention_patents_individual', ''],
      ['常住人口(万人)', 'measure', 'resident_population', ''],
      ['专利密度(件/万人)', 'measure', 'invention_patents_per_10k', ''],
      ['排名', 'rank', '', ''],
    ])
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(published(['2020-11']))
  })

  it('reads the 2025-07 table (its value column named 有效发明专利量) the same way', async () => {
    const r = ok(await readFixture('city-valid-invention-2025-07.csv', 'gb18030'))
    expect(r.problems).toEqual([])
    const got = figures(r)
    expect(got.get('衡阳市|2025-07|valid_invention_patents')).toBe(4558)
    expect(got.get('湖南省|2025-07|valid_invention_patents')).toBe(129829)
    expect(got.get('湖南省其他|2025-07|valid_invention_patents')).toBe(9)
    expect(got).toEqual(published(['2025-07']))
  })

  it('reads the 2023-08 grants table: Jan–Aug from its header, the rest as August alone', async () => {
    const r = ok(await readFixture('city-patent-grants-2023-08.csv', 'utf-8-bom'))
    expect(r.bom).toBe(true)
    expect(r.problems).toEqual([])
    const got = figures(r)
    expect(got.get('衡阳市|2023-01..08|patent_grants')).toBe(3018)
    expect(got.get('衡阳市|2023-08..08|patent_grants')).toBe(362)
    expect(got.get('衡阳市|2023-08..08|invention_grants')).toBe(88)
    expect(got.get('衡阳市|2023-08..08|patent_grants_individual')).toBe(106)
    expect(got).toEqual(published(['2023-01..08', '2023-08..08']))
  })

  it('takes the period of a one-header-row table from its file name and header', async () => {
    const r = ok(await readFixture('hunan-valid-invention-patents-2021-02.csv'))
    expect(r.mapping.tablePeriod).toBe('2021-02')
    expect(r.mapping.tablePeriodFrom).toBe('fileName')
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(published(['2021-02']))
  })

  it('without a title, reads holder columns as parts of the table’s first figure column', async () => {
    const { readBytes, fixtureBytes } = await import('../../../../support/importFixture')
    const text = new TextDecoder()
      .decode(fixtureBytes('city-valid-invention-2025-07.csv'))
      .split('\r\n')
      .slice(1)
      .join('\r\n')
    const r = ok(await readBytes(new TextEncoder().encode(text), { fileName: '各市州.csv' }))
    expect(r.mapping.tableIndicator).toBeUndefined()
    expect(r.mapping.columns.slice(1, 4).map((c) => c.indicator)).toEqual([
      'valid_invention_patents',
      'valid_invention_patents_university',
      'valid_invention_patents_research',
    ])
    expect(r.problems.map((p) => p.code)).toEqual(['missingPeriod'])
  })

  it('refuses a table whose cities no longer add up to 全省, naming the total’s row and column', async () => {
    const r = ok(await readFixture('broken-city-total.csv'))
    expect(r.problems).toEqual([
      { severity: 'error', code: 'totalMismatch', row: 19, column: 2, params: { total: 51532, sum: 51595 } },
    ])
    expect(r.rowsWithErrors).toEqual([19])
  })
})
