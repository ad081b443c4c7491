import { describe, expect, it } from 'vitest'
import { encode, fixtureBytes, readBytes, readFixture } from '../../../../support/importFixture'
import { figures, located, ok } from '../../../../support/readResult'

const COUNTIES = [
  '珠晖区',
  '雁峰区',
  '石鼓区',
  '蒸湘区',
  '南岳区',
  '衡阳县',
  '衡南县',
  '衡山县',
  '衡东县',
  '祁东县',
  '耒阳市',
  '常宁市',
]
// The fixture's figures, invented for tests: grants, invention grants and valid invention patents.
const GRANTS = [412, 268, 305, 596, 57, 388, 421, 203, 276, 331, 517, 296]
const INVENTION_GRANTS = [61, 38, 44, 97, 6, 35, 41, 18, 27, 30, 52, 25]
const VALID = [402, 251, 318, 689, 41, 244, 273, 126, 181, 198, 356, 169]

const expected = new Map(
  COUNTIES.flatMap((county, i) => [
    [`${county}|2023|patent_grants`, GRANTS[i] ?? 0],
    [`${county}|2023|invention_grants`, INVENTION_GRANTS[i] ?? 0],
    [`${county}|2023|valid_invention_patents`, VALID[i] ?? 0],
  ]),
)

/** The rows of a CSV text, cut at commas (these tables quote nothing). */
const rowsOf = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((r) => r.split(','))
/** Rows as columns and columns as rows: counties down instead of across. */
const transpose = (rows: readonly (readonly string[])[]) =>
  (rows[0] ?? []).map((_, c) => rows.map((r) => r[c] ?? '').join(',')).join('\n')
/** A table read as Chinese Excel saves it (GBK), under a file name that says nothing. */
const read = async (text: string) => ok(await readBytes(encode(text, 'gbk'), { fileName: 'upload.csv' }))

const fixtureText = () => new TextDecoder().decode(fixtureBytes('hengyang-counties-2023-labels.csv'))
/** The fixture's table without its title line, so only its labels say the period. */
const untitled = () => rowsOf(fixtureText()).slice(1)

describe('labels that carry period, indicator and unit (2023年专利授权量（件）)', () => {
  it('reads 衡阳’s 12 counties as columns, with three 2023年… rows, into the catalogue’s indicators', async () => {
    const r = ok(await readFixture('hengyang-counties-2023-labels.csv', 'gbk'))
    expect(r.mapping.shape).toBe('regionColumns')
    expect(r.problems).toEqual([])
    expect(r.unknownIndicators).toEqual([])
    expect(figures(r)).toEqual(expected)
  })

  it('takes the period from the labels when no title names one', async () => {
    const r = await read(
      untitled()
        .map((row) => row.join(','))
        .join('\n'),
    )
    expect(r.mapping.tablePeriod).toBeUndefined()
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(expected)
  })

  it('reads the same table transposed: counties as rows, the labels as column headers', async () => {
    const r = await read(transpose(untitled()))
    expect(r.mapping.shape).toBe('regionRows')
    expect(r.mapping.columns.slice(1).map((c) => [c.indicator, c.period, c.unit])).toEqual([
      ['patent_grants', '2023', '件'],
      ['invention_grants', '2023', '件'],
      ['valid_invention_patents', '2023', '件'],
    ])
    expect(r.problems).toEqual([])
    expect(r.unknownIndicators).toEqual([])
    expect(figures(r)).toEqual(expected)
  })

  // Each label with two counties' figures, 123 and 45, read in both orientations.
  it.each([
    ['2023年1-8月发明专利授权量(件)', '2023-01..08', 'invention_grants', 1],
    ['2023年1—8月发明专利授权量（件）', '2023-01..08', 'invention_grants', 1],
    ['2023年8月专利授权量（件）', '2023-08..08', 'patent_grants', 1],
    ['2023年上半年专利授权量（件）', '2023-01..06', 'patent_grants', 1],
    ['截至2025年7月有效发明专利量（件）', '2025-07', 'valid_invention_patents', 1],
    ['截至2024年底有效发明专利量（件）', '2024', 'valid_invention_patents', 1],
    ['2022年 每万人口有效发明专利拥有量（件/万人）', '2022', 'invention_patents_per_10k', 1],
    ['专利授权量（件）2023年', '2023', 'patent_grants', 1],
    ['专利授权量（2023年）', '2023', 'patent_grants', 1],
    ['2024年末有效注册商标量（万件）', '2024', 'valid_trademarks', 10_000],
  ])('%j is %s of %s', async (label, period, indicator, scale) => {
    const rows = [
      ['指标', '珠晖区', '耒阳市'],
      [label, '123', '45'],
    ]
    for (const text of [rows.map((r) => r.join(',')).join('\n'), transpose(rows)]) {
      const r = await read(text)
      expect(r.problems).toEqual([])
      expect(figures(r)).toEqual(
        new Map([
          [`珠晖区|${period}|${indicator}`, 123 * scale],
          [`耒阳市|${period}|${indicator}`, 45 * scale],
        ]),
      )
    }
  })

  it('says where a unit with a multiplier (万件) was read in the catalogue’s unit, and for how many figures', async () => {
    const rows = [
      ['指标', '珠晖区', '耒阳市'],
      ['2024年末有效注册商标量（万件）', '1.2', '0.8'],
      ['2023年专利授权量（件）', '412', '517'],
    ]
    const down = await read(rows.map((r) => r.join(',')).join('\n'))
    expect(down.scaledUnits).toEqual([{ unit: '万件', expected: '件', factor: 10_000, row: 2, column: 1, count: 2 }])
    const across = await read(transpose(rows))
    expect(across.scaledUnits).toEqual([{ unit: '万件', expected: '件', factor: 10_000, row: 1, column: 2, count: 2 }])
    expect(figures(across).get('耒阳市|2024|valid_trademarks')).toBe(8000)
  })

  it('reads a header whose period is one row and indicator and unit the next, either way up', async () => {
    const periodsAbove = [
      '县市区,2023年,,2024年',
      ',专利授权量（件）,有效发明专利量（件）,专利授权量（件）',
      '衡南县,421,273,455',
    ]
    const indicatorsAbove = [
      '县市区,专利授权量（件）,,有效发明专利量（件）',
      ',2023年,2024年,2023年',
      '衡南县,421,455,273',
    ]
    for (const text of [periodsAbove.join('\n'), indicatorsAbove.join('\n')]) {
      const r = await read(text)
      expect(r.mapping.headerRows).toBe(2)
      expect(r.problems).toEqual([])
      expect(figures(r)).toEqual(
        new Map([
          ['衡南县|2023|patent_grants', 421],
          ['衡南县|2024|patent_grants', 455],
          ['衡南县|2023|valid_invention_patents', 273],
        ]),
      )
    }
  })
})

describe('such labels in the other shapes', () => {
  it('reads periods on a header row above the counties, indicators with units down', async () => {
    const text = ['指标,2023年,,截至2025年7月,', ',珠晖区,耒阳市,珠晖区,耒阳市', '有效发明专利量（件）,402,356,455,380']
    const r = await read(text.join('\n'))
    expect(r.mapping.shape).toBe('regionColumns')
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(
      new Map([
        ['珠晖区|2023|valid_invention_patents', 402],
        ['耒阳市|2023|valid_invention_patents', 356],
        ['珠晖区|2025-07|valid_invention_patents', 455],
        ['耒阳市|2025-07|valid_invention_patents', 380],
      ]),
    )
  })

  it.each([
    [
      'long',
      '地区,指标,数值\n衡南县,2023年专利授权量（件）,421\n衡南县,截至2025年7月有效发明专利量（件）,300',
      '衡南县',
    ],
    ['indicatorRows', '项目,本市\n2023年专利授权量（件）,421\n截至2025年7月有效发明专利量（件）,300', '衡阳市'],
  ])('%s', async (shape, text, region) => {
    const r = await read(text)
    expect(r.mapping.shape).toBe(shape)
    expect(r.problems).toEqual([])
    expect(figures(r)).toEqual(
      new Map([
        [`${region}|2023|patent_grants`, 421],
        [`${region}|2025-07|valid_invention_patents`, 300],
      ]),
    )
  })
})

describe('labels the catalogue cannot read as its figures', () => {
  it('says a growth rate is one and leaves it out, asking for no custom indicator', async () => {
    const rows = [...untitled(), ['2023年专利授权量同比增长（%）', ...COUNTIES.map(() => '12.5')]]
    const r = await read(rows.map((row) => row.join(',')).join('\n'))
    expect(located(r)).toEqual([['growthRate', 5, 1]])
    expect(r.problems[0]?.severity).toBe('warning')
    expect(r.unknownIndicators).toEqual([])
    expect(figures(r)).toEqual(expected)

    const across = await read(transpose(rows))
    expect(located(across)).toEqual([['growthRate', 1, 5]])
    expect(across.unknownIndicators).toEqual([])
    expect(figures(across)).toEqual(expected)
  })

  it('names a unit that contradicts the catalogue’s where the label stands, once', async () => {
    const rows = [...untitled(), ['2023年专利授权量（万人）', ...COUNTIES.map(() => '1')]]
    const r = await read(rows.map((row) => row.join(',')).join('\n'))
    expect(located(r)).toEqual([['unitMismatch', 5, 1]])
    expect(r.problems[0]?.params).toEqual({ value: '万人', expected: '件' })
    expect(r.rowsWithErrors).toEqual([5])

    const across = await read(transpose(rows))
    expect(located(across)).toEqual([['unitMismatch', 1, 5]])
  })

  it('refuses a flow counted "as of" a month, where its label stands: since when is not said', async () => {
    const rows = [...untitled(), ['截至2025年7月专利授权量（件）', ...COUNTIES.map(() => '900')]]
    const r = await read(rows.map((row) => row.join(',')).join('\n'))
    expect(located(r)).toEqual([['flowAsOf', 5, 1]])
    expect(r.problems[0]?.params).toEqual({ value: '截至2025年7月' })
    expect(figures(r)).toEqual(expected)

    const across = await read(transpose(rows))
    expect(located(across)).toEqual([['flowAsOf', 1, 5]])
    expect(figures(across)).toEqual(expected)
  })
})
