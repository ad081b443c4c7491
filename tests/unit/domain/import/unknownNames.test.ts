import { describe, expect, it } from 'vitest'
import { UnknownNames } from '@/domain/import/unknownNames'

describe('UnknownNames', () => {
  it('lists each name once, where it first appears, with how often it does', () => {
    const names = new UnknownNames()
    names.add('火星市', '火 星 市', 5, 1)
    names.add('月球县', '月球县', 6, 1)
    names.add('火星市', '火星市', 9, 1)
    expect(names.list()).toEqual([
      { name: '火 星 市', row: 5, column: 1, count: 2 },
      { name: '月球县', row: 6, column: 1, count: 1 },
    ])
  })

  it('keeps the unit a header gave, as a suggestion for a custom indicator', () => {
    const names = new UnknownNames()
    names.add('地理标志', '地理标志', 1, 3, '万件')
    expect(names.list()).toEqual([{ name: '地理标志', row: 1, column: 3, unit: '万件', count: 1 }])
  })
})
