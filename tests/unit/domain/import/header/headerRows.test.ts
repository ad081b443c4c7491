import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isTableRow, joinHeaderRows, readHeader } from '@/domain/import/header/headerRows'

describe('readHeader', () => {
  it('joins a group row from merged cells with the sub-headers below it', () => {
    const rows = [
      ['地区', '2020年11月', '职务', '', '非职务'],
      ['', '', '大专院校', '科研单位', '个人'],
      ['长沙市', '1', '2', '3', '4'],
    ]
    expect(readHeader(rows, 0)).toEqual({
      headerRow: 1,
      headerRows: 2,
      headers: ['地区', '2020年11月', '职务-大专院校', '职务-科研单位', '非职务-个人'],
    })
  })

  it('takes a row with figures below the header as data', () => {
    const rows = [
      ['衡阳市知识产权主要指标', ''],
      ['指标', '2022年'],
      ['', '5183'],
    ]
    expect(readHeader(rows, 1)).toEqual({ headerRow: 1, headerRows: 1, headers: ['指标', '2022年'] })
  })

  it('reads three header rows at most: the fourth row is data even without figures', () => {
    const rows = [
      ['地区', '职务', ''],
      ['', '大专院校', '个人'],
      ['', '(件)', '(件)'],
      ['', '-', '-'],
    ]
    expect(readHeader(rows, 0)).toEqual({
      headerRow: 2,
      headerRows: 3,
      headers: ['地区', '职务-大专院校(件)', '职务-个人(件)'],
    })
  })
})

describe('joinHeaderRows', () => {
  it.each([
    [
      'a unit alone under its column',
      [
        ['常住人口', '专利密度'],
        ['(万人)', '(件/万人)'],
      ],
      ['常住人口(万人)', '专利密度(件/万人)'],
    ],
    [
      'months under a flow',
      [
        ['当年授权量', '当月授权量'],
        ['(1-8月)', '(8月)'],
      ],
      ['当年授权量(1-8月)', '当月授权量(8月)'],
    ],
    [
      'a vertical merge repeated down',
      [
        ['地区', '职务'],
        ['地区', '个人'],
      ],
      ['地区', '职务-个人'],
    ],
    [
      'a group repeated across',
      [
        ['职务', '职务', '排名'],
        ['大专院校', '工矿企业', '排名'],
      ],
      ['职务-大专院校', '职务-工矿企业', '排名'],
    ],
    [
      'a label over nothing is no group',
      [
        ['地区', '', '职务'],
        ['', '2020年11月', '个人'],
      ],
      ['地区', '2020年11月', '职务-个人'],
    ],
    [
      'a lower group ends where the group above it ends',
      [
        ['非职务', '常住人口'],
        ['个人', ''],
        ['(件)', '(万人)'],
      ],
      ['非职务-个人(件)', '常住人口(万人)'],
    ],
    [
      'a unit is never a group',
      [
        ['人口', ''],
        ['(万人)', ''],
      ],
      ['人口(万人)', ''],
    ],
  ])('%s', (_, rows, headers) => {
    expect(joinHeaderRows(rows)).toEqual(headers)
  })

  // A merged group reaches the importer either as its label and blanks (a CSV saved from Excel) or
  // as its label repeated across (a workbook's merge expanded); both are the same table.
  const label = fc.stringMatching(/^[一-龥]{1,4}$/)
  const layout = fc.array(
    fc.record({ group: label, parts: fc.uniqueArray(label, { minLength: 1, maxLength: 4 }), repeat: fc.boolean() }),
    { minLength: 1, maxLength: 5 },
  )
  it('joins a merged group the same however it was spread', () => {
    fc.assert(
      fc.property(layout, (groups) => {
        const top = (repeat: (g: { repeat: boolean }) => boolean) =>
          groups.flatMap((g) => g.parts.map((_, i) => (i === 0 || repeat(g) ? g.group : '')))
        const sub = groups.flatMap((g) => g.parts)
        const joined = groups.flatMap((g) => g.parts.map((p) => (p === g.group ? p : `${g.group}-${p}`)))
        expect(joinHeaderRows([top((g) => g.repeat), sub])).toEqual(joined)
        expect(joinHeaderRows([top(() => false), sub])).toEqual(joined)
        expect(joinHeaderRows([top(() => true), sub])).toEqual(joined)
      }),
    )
  })
})

describe('isTableRow', () => {
  it.each([
    [
      ['2025年7月湖南省有效发明专利统计表', '2025年7月湖南省有效发明专利统计表', '2025年7月湖南省有效发明专利统计表'],
      false,
    ],
    [['2023年8月湖南省专利授权量统计表', '', ''], false],
    [['地区', '当年授权量', ''], true],
  ])('%j → %s', (row, expected) => {
    expect(isTableRow(row)).toBe(expected)
  })
})
