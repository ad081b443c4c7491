import { describe, expect, it } from 'vitest'
import { msUntil } from '@/domain/timeOfDay'

describe('msUntil (the daily soft reload)', () => {
  const at = (h: number, m: number) => new Date(2026, 10, 25, h, m, 0, 0)
  it('waits until the hour later today', () => {
    expect(msUntil('03:30', at(1, 0))).toBe(2.5 * 3600_000)
  })
  it('waits until tomorrow once the hour has passed', () => {
    expect(msUntil('03:30', at(3, 30))).toBe(24 * 3600_000)
    expect(msUntil('3:30', at(9, 0))).toBe(18.5 * 3600_000)
  })
  it.each(['', '25:00', '03:60', 'noon', '3'])('does nothing for %j', (text) => {
    expect(msUntil(text, at(1, 0))).toBeNull()
  })
})
