import { describe, expect, it } from 'vitest'
import { isTableRow, readHeader } from '@/domain/import/header/headerRows'

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
