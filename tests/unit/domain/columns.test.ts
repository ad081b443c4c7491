import { describe, expect, it } from 'vitest'
import { FigureKeys } from '@/domain/columns'

describe('FigureKeys', () => {
  it('tells figures apart by region, period, indicator and status', () => {
    const keys = new FigureKeys()
    keys.set({ region: 3, period: 7, indicator: 2, status: 0 }, 5183)
    expect(keys.get({ region: 3, period: 7, indicator: 2, status: 0 })).toBe(5183)
    expect(keys.get({ region: 3, period: 7, indicator: 2, status: 1 })).toBeUndefined()
    expect(keys.get({ region: 3, period: 8, indicator: 2, status: 0 })).toBeUndefined()
    expect(keys.get({ region: 4, period: 7, indicator: 2, status: 0 })).toBeUndefined()
  })

  it('keeps working past 65,536 regions or 4,096 indicators (text keys), without mixing them up', () => {
    const keys = new FigureKeys()
    const far = { region: 70_000, period: 1, indicator: 5, status: 0 }
    const wide = { region: 1, period: 1, indicator: 5_000, status: 2 }
    keys.set(far, 1)
    keys.set(wide, 2)
    keys.set({ region: 70_000 % 65_536, period: 1, indicator: 5, status: 0 }, 3)
    expect(keys.get(far)).toBe(1)
    expect(keys.get(wide)).toBe(2)
    expect(keys.get({ region: 70_000 % 65_536, period: 1, indicator: 5, status: 0 })).toBe(3)
    expect(keys.get({ ...far, status: 1 })).toBeUndefined()
  })
})
