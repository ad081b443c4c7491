import { describe, expect, it } from 'vitest'
import { parseCellValue } from '@/domain/import/value'

describe('parseCellValue', () => {
  it.each([
    ['5183', 5183],
    ['5,183', 5183],
    ['１，０４８，１００', 1048100],
    ['５１８３', 5183],
    ['16.2万', 162000],
    ['104.81万件', 1048100],
    ['10.53万', 105300],
    ['1.2亿', 120000000],
    ['4.8件/万人', 4.8],
    ['5183件', 5183],
    [' 42 ', 42],
    ['(123)', -123],
    ['-0.5', -0.5],
  ])('%j → %d', (text, value) => {
    expect(parseCellValue(text)).toEqual({ kind: 'number', value, percent: false })
  })

  it('reads a percentage as the number before the sign, marked as a percentage', () => {
    expect(parseCellValue('12.5%')).toEqual({ kind: 'number', value: 12.5, percent: true })
    expect(parseCellValue('１２．５％')).toEqual({ kind: 'number', value: 12.5, percent: true })
  })

  it.each(['', ' ', '-', '—', '－', '--', '…', 'N/A', '无'])('%j is no value', (text) => {
    expect(parseCellValue(text)).toEqual({ kind: 'blank' })
  })

  it.each(['四十二', '5.1.2', '1e3', '0x10', 'abc', '12,34', '5183 件 左右'])('%j is not a number', (text) => {
    expect(parseCellValue(text)).toEqual({ kind: 'invalid' })
  })
})
