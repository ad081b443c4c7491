import { describe, it, expect } from 'vitest'
import { columnLetter } from '@/domain/problem'
import { LONG_COLUMNS } from '@/domain/observation'

describe('columnLetter', () => {
  it('names columns as Excel does', () => {
    expect(columnLetter(1)).toBe('A')
    expect(columnLetter(4)).toBe('D')
    expect(columnLetter(26)).toBe('Z')
    expect(columnLetter(27)).toBe('AA')
    expect(columnLetter(52)).toBe('AZ')
    expect(columnLetter(53)).toBe('BA')
    expect(columnLetter(702)).toBe('ZZ')
    expect(columnLetter(703)).toBe('AAA')
  })

  it('names the columns of the canonical long table A to H', () => {
    expect(LONG_COLUMNS.map((_, i) => columnLetter(i + 1)).join('')).toBe('ABCDEFGH')
  })

  it('gives nothing for a column before A', () => {
    expect(columnLetter(0)).toBe('')
  })
})
