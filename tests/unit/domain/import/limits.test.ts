import { describe, expect, it } from 'vitest'
import { LIMITS, rowBeyondLimits } from '@/domain/import/limits'

describe('rowBeyondLimits', () => {
  it('passes a row as wide and a cell as long as the limits allow', () => {
    expect(
      rowBeyondLimits(
        Array.from({ length: LIMITS.columns }, () => 'x'.repeat(LIMITS.cellChars)),
        2,
      ),
    ).toBe(undefined)
  })

  it('names the row with too many columns, and how many', () => {
    expect(rowBeyondLimits(new Array<string>(10_000).fill('a'), 1)).toEqual({
      limit: 'columns',
      row: 1,
      size: 10_000,
      max: LIMITS.columns,
    })
  })

  it('names the first cell too long by row and column', () => {
    const cells = ['衡阳市', '2024', 'x'.repeat(1024 * 1024), 'y'.repeat(LIMITS.cellChars + 1)]
    expect(rowBeyondLimits(cells, 7)).toEqual({
      limit: 'cellChars',
      row: 7,
      column: 3,
      size: 1024 * 1024,
      max: LIMITS.cellChars,
    })
  })
})
