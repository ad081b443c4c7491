import { describe, expect, it } from 'vitest'
import { formatApplicationNumber, readApplicationNumber, typeFromNumber } from '@/domain/patents/applicationNumber'

describe('readApplicationNumber', () => {
  it.each([
    ['CN202310123456.6', 'CN202310123456.6', 'invention'],
    ['ZL 2023 1 0123456.6', 'CN202310123456.6', 'invention'],
    ['202310123456', 'CN202310123456.6', 'invention'],
    ['2023101234566', 'CN202310123456.6', 'invention'],
    ['ＣＮ２０２３２０１２３４５６．１', 'CN202320123456.1', 'utilityModel'],
    ['202330123456.7', 'CN202330123456.7', 'design'],
    ['202380012345', 'CN202380012345.6', 'invention'],
    ['PCT entry 202380012345.6', undefined, undefined],
    ['98123456.9', 'CN98123456.9', 'invention'],
    ['94203101.6', 'CN94203101.6', 'utilityModel'],
  ])('%s → %s (%s)', (text, formatted, type) => {
    const n = readApplicationNumber(text)
    expect(n && formatApplicationNumber(n)).toBe(formatted)
    expect(n && typeFromNumber(n)).toBe(type)
  })

  it('computes the check digit by CNIPA weights and flags a wrong one', () => {
    expect(readApplicationNumber('202310123456.6')?.badCheck).toBe(false)
    expect(readApplicationNumber('202310123456.7')?.badCheck).toBe(true)
    expect(readApplicationNumber('201810000018')?.check).toBe('X')
  })
})
