import { describe, expect, it } from 'vitest'
import { dueAfter } from '@/domain/monitoring/cadence'
import { obs } from '../../../support/obsFixture'

describe('dueAfter: when a newer figure was expected', () => {
  it.each([
    ['a year total', '2022', '2024-06-30'],
    ['a year-end level', '2023', '2025-06-30'],
    ['a month table', '2025-07', '2025-10-31'],
    ['a December table', '2024-12', '2025-03-31'],
    ['a Jan–Aug total', '2023-01..08', '2023-11-30'],
    ['a November table (into February of a leap year)', '2023-11', '2024-02-29'],
  ])('%s %s: by %s', (_, key, due) => {
    expect(dueAfter(obs(key, 1))).toBe(due)
  })
})
