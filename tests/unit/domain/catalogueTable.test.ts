import { describe, expect, it } from 'vitest'
import { parseIndicators, parseRegions } from '@/domain/catalogueTable'
import { loadEmbedded, parseCsv, readData } from '../../support/embedded'

describe('catalogue tables', () => {
  it('read the embedded catalogues whole', () => {
    expect(parseIndicators(parseCsv(readData('indicators.csv')))).toMatchObject({ problems: [] })
    expect(parseIndicators(parseCsv(readData('indicators.csv'))).indicators).toHaveLength(
      loadEmbedded().catalogue.indicators.size,
    )
    const { regions, problems } = parseRegions(parseCsv(readData('regions.csv')))
    expect(problems).toEqual([])
    expect(regions.find((r) => r.name === '湘西土家族苗族自治州')?.aliases).toEqual(['湘西州', '湘西'])
  })

  it('read the optional short names, and a table without their columns as well', () => {
    const header = ['id', 'name_zh', 'name_en', 'unit', 'kind', 'parent', 'aliases']
    const row = ['a', '甲指标', 'Index A', '件', 'stock', '', '']
    expect(
      parseIndicators([
        [...header, 'short_zh', 'short_en'],
        [...row, '甲', 'A'],
      ]).indicators[0],
    ).toMatchObject({
      shortZh: '甲',
      shortEn: 'A',
    })
    const { indicators, problems } = parseIndicators([header, row])
    expect(problems).toEqual([])
    expect(indicators[0]).not.toHaveProperty('shortZh')
  })

  it('name a missing column', () => {
    expect(
      parseRegions(
        [
          ['name', 'level'],
          ['衡阳市', 'city'],
        ],
        'regions.csv',
      ),
    ).toEqual({
      regions: [],
      problems: [
        {
          severity: 'error',
          code: 'missingColumn',
          file: 'regions.csv',
          row: 1,
          params: { columns: 'name_en, parent, aliases' },
        },
      ],
    })
  })

  it('report a row with an unknown kind by its row, and keep the others', () => {
    const rows = [
      ['id', 'name_zh', 'name_en', 'unit', 'kind', 'parent', 'aliases'],
      ['patent_grants', '专利授权量', 'Patent grants', '件', 'flow', '', '专利授权'],
      ['x', '某指标', 'X', '件', 'sometimes', '', ''],
    ]
    const { indicators, problems } = parseIndicators(rows, 'indicators.csv')
    expect(indicators.map((i) => i.id)).toEqual(['patent_grants'])
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'badCatalogue',
        file: 'indicators.csv',
        row: 3,
        params: { value: 'x,某指标,X,件,sometimes,,' },
      },
    ])
  })
})

describe('catalogue names', () => {
  it('refuses a row whose name holds a character nobody sees, at its cell, and keeps the others', () => {
    const { regions, problems } = parseRegions([
      ['name', 'name_en', 'level', 'parent', 'aliases'],
      ['假\u200b县', 'Fake county', 'other', '衡阳市', ''],
      ['真县', 'Real county', 'other', '衡阳市', '别\u2060名'],
      ['某县', 'Some county', 'other', '衡阳市', ''],
    ])
    expect(regions.map((r) => r.name)).toEqual(['某县'])
    expect(problems.map((p) => [p.code, p.row, p.column, p.params?.value])).toEqual([
      ['hiddenCharacter', 2, 1, '假⟨U+200B⟩县'],
      ['hiddenCharacter', 3, 5, '别⟨U+2060⟩名'],
    ])
  })

  it('reads names the writer neutralised against spreadsheet formulas as they were given', () => {
    const { regions, problems } = parseRegions([
      ['name', 'name_en', 'level', 'parent', 'aliases'],
      ["'=危险县", "'+Hostile county", 'other', '衡阳市', "'-别名|另一个"],
    ])
    expect(problems).toEqual([])
    expect(regions).toEqual([
      { name: '=危险县', nameEn: '+Hostile county', level: 'other', parent: '衡阳市', aliases: ['-别名', '另一个'] },
    ])
  })
})
