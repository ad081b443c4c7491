import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatCellAddress } from '@/domain/import/header/cellAddress'
import { parseCellAddress } from '../../../../support/cellAddress'

describe('cell addresses', () => {
  it.each([
    [{ sheet: '2024年12月', row: 7, column: 3 }, '2024年12月!C7'],
    [{ sheet: 'Sheet1', row: 1, column: 27 }, 'Sheet1!AA1'],
    [{ sheet: '衡阳 2023', row: 12, column: 2 }, "'衡阳 2023'!B12"],
    [{ sheet: "O'Neil", row: 3, column: 702 }, "'O''Neil'!ZZ3"],
  ])('%o is written %s, as Excel writes it', (address, text) => {
    expect(formatCellAddress(address)).toBe(text)
    expect(parseCellAddress(text)).toEqual(address)
  })

  it('reads back every address it writes', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }),
        fc.integer({ min: 1, max: 1_048_576 }),
        fc.integer({ min: 1, max: 16_384 }),
        (sheet, row, column) => {
          expect(parseCellAddress(formatCellAddress({ sheet, row, column }))).toEqual({ sheet, row, column })
        },
      ),
    )
  })

  it.each(['C7', 'Sheet1!', 'Sheet1!7C', 'Sheet1!C0'])('%s is no cell address', (text) => {
    expect(parseCellAddress(text)).toBeNull()
  })
})
