import { describe, expect, it } from 'vitest'
import { ScaledUnits } from '@/domain/import/scaledUnits'

describe('ScaledUnits', () => {
  it('lists each unit once, where it was first printed, with the figures it scaled', () => {
    const units = new ScaledUnits()
    units.add('万件', '件', 10_000, 2, 3)
    units.add('万件', '件', 10_000, 5, 3)
    units.add('千件', '件', 1000, 4, 1)
    expect(units.list()).toEqual([
      { unit: '万件', expected: '件', factor: 10_000, row: 2, column: 3, count: 2 },
      { unit: '千件', expected: '件', factor: 1000, row: 4, column: 1, count: 1 },
    ])
  })
})
