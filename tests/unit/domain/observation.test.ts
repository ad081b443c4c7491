import { describe, it, expect } from 'vitest'
import { byPeriod, LONG_COLUMNS, observationKey, parseLongTable } from '@/domain/observation'
import { loadCatalogue, loadEmbedded } from '../../support/embedded'

const catalogue = loadCatalogue()
const HEADER = [...LONG_COLUMNS]
const SRC = 'https://www.hengyang.gov.cn/amr/ztzl/yhyshj/zscqczyyhbh/zscqggfw/20230619/i3033276.html'

/** A row of the long table: region, period, indicator, value, unit, status, source, note. */
const row = (region: string, period: string, indicator: string, value: string, unit = '件', status = 'actual') => [
  region,
  period,
  indicator,
  value,
  unit,
  status,
  SRC,
  '',
]

describe('parseLongTable on the embedded observations', () => {
  const { dataset, problems, rows } = loadEmbedded()

  it('parses every row of data/observations.csv with zero problems', () => {
    expect(problems).toEqual([])
    expect(rows.filter((r) => r.some((c) => c !== '')).length - 1).toBe(660)
    expect(dataset.observations).toHaveLength(660)
  })

  it('reads the 2022 headline figures of 衡阳市 with their units, status and source', () => {
    const o = dataset.seriesOf('衡阳市', 'patent_grants').find((x) => x.periodKey === '2022')
    expect(o).toMatchObject({
      region: '衡阳市',
      indicator: 'patent_grants',
      value: 5183,
      unit: '件',
      status: 'actual',
      source: SRC,
    })
    expect(o?.note).toBe('全年专利授权5183件')
    expect(o?.period).toEqual({ type: 'year', year: 2022 })
    const density = dataset.seriesOf('衡阳市', 'invention_patents_per_10k').find((x) => x.periodKey === '2022')
    expect(density?.value).toBe(4.8)
    expect(density?.unit).toBe('件/万人')
  })

  it('keeps a quoted note containing commas intact', () => {
    const o = dataset.seriesOf('湖南省', 'patent_applications').find((x) => x.periodKey === '2016')
    expect(o?.value).toBe(67779)
    expect(o?.note).toBe('67,779 patent applications, 25,524 ... inventions')
  })

  it('keeps estimates and targets apart from actual figures', () => {
    expect(
      dataset.observations
        .filter((o) => o.status === 'estimate')
        .map((o) => `${o.region} ${o.periodKey} ${o.indicator}`),
    ).toEqual(['衡东县 2020 patent_grants'])
    // The pilot plan's ten targets, its range kept as two bounds.
    expect(dataset.observations.filter((o) => o.status === 'target')).toHaveLength(11)
  })
})

describe('parseLongTable problems, located as in Excel (header = row 1)', () => {
  it('reports an unknown region at its row, column A', () => {
    const { observations, problems } = parseLongTable(
      [HEADER, row('衡阳市', '2022', 'patent_grants', '5183'), row('北京市', '2022', 'patent_grants', '5183')],
      catalogue,
      'x.csv',
    )
    expect(observations).toHaveLength(1)
    expect(problems).toEqual([
      { severity: 'error', code: 'unknownRegion', file: 'x.csv', row: 3, column: 1, params: { value: '北京市' } },
    ])
  })

  it('warns of a source that is no http(s) link at column G, and keeps the figure', () => {
    const hostile = [...row('衡阳市', '2022', 'patent_grants', '5183').slice(0, 6), 'javascript:alert(1)', '']
    const { observations, problems } = parseLongTable([HEADER, hostile], catalogue, 'x.csv')
    expect(observations.map((o) => o.source)).toEqual(['javascript:alert(1)'])
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'sourceNotLink',
        file: 'x.csv',
        row: 2,
        column: 7,
        params: { value: 'javascript:alert(1)' },
      },
    ])
  })

  it('reports a bad period at column B', () => {
    const { observations, problems } = parseLongTable(
      [HEADER, row('衡阳市', '2023-13', 'patent_grants', '5183')],
      catalogue,
    )
    expect(observations).toEqual([])
    expect(problems).toMatchObject([{ code: 'badPeriod', row: 2, column: 2, params: { value: '2023-13' } }])
  })

  it('reports an unknown indicator at column C', () => {
    const { problems } = parseLongTable([HEADER, row('衡阳市', '2022', '专利总数', '5183')], catalogue)
    expect(problems).toMatchObject([{ code: 'unknownIndicator', row: 2, column: 3, params: { value: '专利总数' } }])
  })

  it.each(['5,183', '五千', '', 'n/a', '5183件', '0x10', '1e3', 'Infinity', '.5'])(
    'reports the non-numeric value %j at column D',
    (value) => {
      const { observations, problems } = parseLongTable(
        [HEADER, row('衡阳市', '2022', 'patent_grants', value)],
        catalogue,
      )
      expect(observations).toEqual([])
      expect(problems).toMatchObject([{ severity: 'error', code: 'badValue', row: 2, column: 4, params: { value } }])
    },
  )

  it('reports a negative count, but accepts a negative ratio', () => {
    const { observations, problems } = parseLongTable(
      [
        HEADER,
        row('衡阳市', '2022', 'patent_grants', '-5183'),
        row('衡阳市', '2022', 'invention_patents_per_10k', '-0.5', '件/万人'),
      ],
      catalogue,
    )
    expect(problems).toMatchObject([{ code: 'negativeCount', row: 2, column: 4, params: { value: '-5183' } }])
    expect(observations.map((o) => o.indicator)).toEqual(['invention_patents_per_10k'])
  })

  it('reports a status that is not actual, estimate or target at column F', () => {
    const { observations, problems } = parseLongTable(
      [HEADER, row('衡阳市', '2022', 'patent_grants', '5183', '件', 'forecast')],
      catalogue,
    )
    expect(observations).toEqual([])
    expect(problems).toMatchObject([{ code: 'badStatus', row: 2, column: 6, params: { value: 'forecast' } }])
  })

  it("reports a unit that is not the indicator's at column E", () => {
    const { observations, problems } = parseLongTable(
      [HEADER, row('衡阳市', '2022', 'patent_grants', '0.5183', '万件')],
      catalogue,
    )
    expect(observations).toEqual([])
    expect(problems).toMatchObject([
      { code: 'unitMismatch', row: 2, column: 5, params: { value: '万件', expected: '件' } },
    ])
  })

  it('reports a duplicate key with a conflicting value, naming both rows', () => {
    const { observations, problems } = parseLongTable(
      [
        HEADER,
        row('衡阳市', '2022', 'patent_grants', '5183'),
        row('衡阳市', '2022', 'valid_trademarks', '59590'),
        row('衡阳', '2022', '专利授权', '5138'),
      ],
      catalogue,
      'obs.csv',
    )
    expect(observations.map((o) => o.value)).toEqual([5183, 59590])
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'duplicateConflict',
        file: 'obs.csv',
        row: 4,
        column: 4,
        params: { value: '5138', other: 5183, otherRow: 2 },
      },
    ])
  })

  it('keeps one figure and reports nothing when a row is repeated with the same value', () => {
    const { observations, problems } = parseLongTable(
      [HEADER, row('衡阳市', '2022', 'patent_grants', '5183'), row('衡阳', '2022', 'patent_grants', '5183.0')],
      catalogue,
    )
    expect(problems).toEqual([])
    expect(observations).toHaveLength(1)
  })

  it('does not treat an actual figure and a target for the same period as duplicates', () => {
    const { observations, problems } = parseLongTable(
      [
        HEADER,
        row('衡阳市', '2026', 'geographical_indications', '16', '件', 'target'),
        row('衡阳市', '2026', 'geographical_indications', '15'),
      ],
      catalogue,
    )
    expect(problems).toEqual([])
    expect(observations.map((o) => o.status)).toEqual(['target', 'actual'])
  })

  it('reports missing required columns once, at the header row, and reads nothing', () => {
    const { observations, problems } = parseLongTable(
      [
        ['region', 'period', 'indicator', 'unit'],
        ['衡阳市', '2022', 'patent_grants', '件'],
      ],
      catalogue,
      'bad.csv',
    )
    expect(observations).toEqual([])
    expect(problems).toEqual([
      { severity: 'error', code: 'missingColumn', file: 'bad.csv', row: 1, params: { columns: 'value' } },
    ])
    expect(parseLongTable([], catalogue).problems).toMatchObject([
      { code: 'missingColumn', row: 1, params: { columns: 'region, period, indicator, value' } },
    ])
  })

  it('reports every problem of a row, not only the first', () => {
    const { problems } = parseLongTable([HEADER, row('火星', '2023-08..01', 'patent_grants', 'x')], catalogue)
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ['unknownRegion', 1],
      ['badPeriod', 2],
      ['badValue', 4],
    ])
  })

  it('counts rows as Excel does even after blank rows', () => {
    const { problems } = parseLongTable(
      [
        HEADER,
        row('衡阳市', '2022', 'patent_grants', '5183'),
        ['', '', '', '', '', '', '', ''],
        row('衡阳市', '22', 'patent_grants', '5183'),
      ],
      catalogue,
    )
    expect(problems).toMatchObject([{ code: 'badPeriod', row: 4 }])
  })
})

describe('parseLongTable accepts what analysts type', () => {
  it('maps aliases and full-width names to canonical ids', () => {
    const { observations, problems } = parseLongTable(
      [
        HEADER,
        row('张家界', '2025-07', '有效发明专利', '228'),
        row('衡阳', '2022', '有效商标注册', '59590'),
        row('衡阳', '2022', 'ＰＣＴ申请', '42'),
        row('Ｈｅｎｇｙａｎｇ', '2022', '授权量', '5183'),
      ],
      catalogue,
    )
    expect(problems).toEqual([])
    expect(observations.map((o) => [o.region, o.indicator, o.value])).toEqual([
      ['张家界市', 'valid_invention_patents', 228],
      ['衡阳市', 'valid_trademarks', 59590],
      ['衡阳市', 'pct_applications', 42],
      ['衡阳市', 'patent_grants', 5183],
    ])
  })

  it('accepts columns in any order and header case, and defaults status and unit', () => {
    const { observations, problems } = parseLongTable(
      [
        ['Value', ' INDICATOR ', 'Period', 'Region'],
        ['4.8', '万人有效发明专利', '2022', '衡阳市'],
      ],
      catalogue,
    )
    expect(problems).toEqual([])
    expect(observations).toEqual([
      {
        region: '衡阳市',
        period: { type: 'year', year: 2022 },
        periodKey: '2022',
        indicator: 'invention_patents_per_10k',
        value: 4.8,
        unit: '件/万人',
        status: 'actual',
        source: '',
        note: '',
      },
    ])
  })

  it('reads a header saved by Excel as "CSV UTF-8" (with a byte-order mark)', () => {
    const { observations, problems } = parseLongTable(
      [['\uFEFFregion', ...HEADER.slice(1)], row('衡阳市', '2022', 'patent_grants', '5183')],
      catalogue,
    )
    expect(problems).toEqual([])
    expect(observations.map((o) => o.value)).toEqual([5183])
  })

  it('canonicalises the period key', () => {
    const { observations } = parseLongTable(
      [HEADER, row('衡阳市', ' 2023-01..08 ', 'patent_grants', '3018')],
      catalogue,
    )
    expect(observations[0]?.periodKey).toBe('2023-01..08')
  })
})

describe('observationKey and byPeriod', () => {
  it('distinguishes region, period, indicator and status', () => {
    const base = { region: '衡阳市', periodKey: '2022', indicator: 'patent_grants', status: 'actual' as const }
    const key = observationKey(base)
    expect(observationKey({ ...base })).toBe(key)
    expect(observationKey({ ...base, region: '衡东县' })).not.toBe(key)
    expect(observationKey({ ...base, periodKey: '2023' })).not.toBe(key)
    expect(observationKey({ ...base, indicator: 'invention_grants' })).not.toBe(key)
    expect(observationKey({ ...base, status: 'estimate' })).not.toBe(key)
  })

  it('sorts observations chronologically', () => {
    const { observations } = parseLongTable(
      [
        HEADER,
        row('衡阳市', '2023-01..08', 'patent_grants', '3018'),
        row('衡阳市', '2022', 'patent_grants', '5183'),
        row('衡阳市', '2023-08..08', 'patent_grants', '362'),
      ],
      catalogue,
    )
    expect([...observations].sort(byPeriod).map((o) => o.periodKey)).toEqual(['2022', '2023-08..08', '2023-01..08'])
  })
})

describe('row numbers of a published file', () => {
  it('count blank lines as Excel does', async () => {
    const { parseCsvRows } = await import('@/domain/csv/csv')
    const rows = parseCsvRows(
      'region,period,indicator,value\n衡阳市,2022,patent_grants,5183\n\n衡阳市,2023,patent_grants,abc\n',
    )
    expect(parseLongTable(rows, loadCatalogue(), 'observations.csv').problems).toMatchObject([
      { code: 'badValue', row: 4, column: 4 },
    ])
  })
})

describe('names nobody can read as they are stored', () => {
  it('refuses a hidden character in a region, indicator or unit cell, located, and reads no figure from the row', () => {
    const rows = [
      ['region', 'period', 'indicator', 'value', 'unit', 'note'],
      ['衡阳\u200b市', '2022', 'patent_grants', '1', '件', ''],
      ['衡阳市', '2022', 'patent\u2060_grants', '1', '件', ''],
      ['衡阳市', '2022', 'patent_grants', '1', '件\ud800', ''],
      ['衡阳市', '2022', 'patent_grants', '1', '件', '备注里的\u200d可以'],
    ]
    const { observations, problems } = parseLongTable(rows, catalogue, 'names.csv')
    expect(problems.map((p) => [p.code, p.row, p.column, p.params?.char])).toEqual([
      ['hiddenCharacter', 2, 1, 'U+200B'],
      ['hiddenCharacter', 3, 3, 'U+2060'],
      ['hiddenCharacter', 4, 5, 'U+D800'],
    ])
    expect(observations.map((o) => o.note)).toEqual(['备注里的\u200d可以'])
  })
})

describe('cells neutralised against spreadsheet formulas', () => {
  it('reads back the text the writer was given, and numbers as numbers', () => {
    const rows = [
      ['region', 'period', 'indicator', 'value', 'unit', 'note'],
      ['衡阳市', '2022', 'patent_grants', '5183', '件', "'=HYPERLINK(1)"],
      ['衡阳市', '2022', 'patent_intensive_industry_share', '-0.3', '%', "''=quoted by hand"],
    ]
    const { observations, problems } = parseLongTable(rows, catalogue)
    expect(problems).toEqual([])
    expect(observations.map((o) => [o.value, o.note])).toEqual([
      [5183, '=HYPERLINK(1)'],
      [-0.3, "'=quoted by hand"],
    ])
  })
})
