import { describe, expect, it } from 'vitest'
import { readHeader } from '@/domain/import/headerRows'

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
})
