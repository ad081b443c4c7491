import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../../support/importFixture'
import { figures, located, ok } from '../../../../support/readResult'

describe('indicators as rows, years as columns (the usual Chinese statistical table)', () => {
  it('reads 衡阳’s bulletin figures with the region from the title and units from the headers', async () => {
    const r = ok(await readFixture('hengyang-indicators-as-rows.csv', 'gbk'))
    expect(r.mapping.shape).toBe('indicatorRows')
    expect(r.mapping.region).toBe('衡阳市')
    expect(r.mapping.regionFrom).toBe('file')
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(
      new Map([
        ['衡阳市|2022|patent_grants', 5183],
        ['衡阳市|2019|valid_invention_patents', 1623],
        ['衡阳市|2022|valid_invention_patents', 3176],
        ['衡阳市|2022|pct_applications', 42],
        ['衡阳市|2022|invention_grants', 781],
        ['衡阳市|2022|invention_patents_per_10k', 4.8],
        ['衡阳市|2022|valid_trademarks', 59590],
      ]),
    )
  })

  it('takes the region from the file name, else defaults to the home region', async () => {
    const named = ok(await readFixture('hengyang-periods-as-rows.csv', 'utf-8', { fileName: 'changsha-by-year.csv' }))
    expect([named.mapping.region, named.mapping.regionFrom]).toEqual(['长沙市', 'file'])
    const r = ok(await readFixture('synthetic-hengyang-2023.csv', 'utf-8', { fileName: 'upload.csv' }))
    expect(r.mapping.region).toBe('衡阳市')
    const noTitle = ok(await readFixture('hengyang-periods-as-rows.csv', 'utf-8', { fileName: '专利数据.csv' }))
    expect(noTitle.mapping.region).toBe('衡阳市')
    expect(noTitle.mapping.regionFrom).toBe('default')
  })
})

describe('years as rows, indicators as columns', () => {
  it('reads thousands separators and a 万件 header as exact counts', async () => {
    const r = ok(await readFixture('hengyang-periods-as-rows.csv'))
    expect(r.mapping.shape).toBe('periodRows')
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(
      new Map([
        ['衡阳市|2019|valid_invention_patents', 1623],
        ['衡阳市|2022|valid_invention_patents', 3176],
        ['衡阳市|2022|valid_trademarks', 59590],
        ['衡阳市|2022|invention_patents_per_10k', 4.8],
      ]),
    )
  })
})

describe('long files', () => {
  it('matches regions and indicators by alias, status by Chinese word, and 104.81万 as 1048100', async () => {
    const r = ok(await readFixture('long-aliases.csv'))
    expect(r.mapping.shape).toBe('long')
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(
      new Map([
        ['衡阳市|2022|patent_grants', 5183],
        ['张家界市|2025-07|valid_invention_patents', 228],
        ['湘西土家族苗族自治州|2025-07|valid_invention_patents', 575],
        ['衡东县|2020|patent_grants', 320],
        ['湖南省|2022|valid_trademarks', 1048100],
      ]),
    )
  })

  it.each([
    ['long-semicolon.csv', ';', 2],
    ['long-tab.tsv', '\t', 2],
    ['fullwidth.csv', ',', 2],
  ])('sniffs the delimiter of %s', async (name, delimiter, count) => {
    const r = ok(await readFixture(name))
    expect(r.delimiter).toBe(delimiter)
    expect(r.problems).toEqual([])
    expect(r.columns.length).toBe(count)
    expect(figures(r).get('衡阳市|2022|patent_grants')).toBe(5183)
  })

  it('names every wrong cell by its Excel row and column, and keeps the good rows', async () => {
    const r = ok(await readFixture('broken-long.csv'))
    expect(located(r)).toEqual([
      ['badValue', 3, 4],
      ['negativeCount', 4, 4],
      ['unknownRegion', 5, 1],
      ['badPeriod', 6, 2],
      ['duplicateConflict', 7, 4],
    ])
    expect(r.problems.find((p) => p.code === 'duplicateConflict')?.params).toEqual({
      value: '5200',
      other: 5183,
      otherRow: 2,
    })
    expect(r.unknownRegions).toEqual([{ name: '火星市', row: 5, column: 1, count: 1 }])
    expect(r.rowsWithErrors).toEqual([3, 4, 5, 6, 7])
    expect(figures(r)).toEqual(new Map([['衡阳市|2022|patent_grants', 5183]]))
  })
})
