import { describe, expect, it } from 'vitest'
import { describeTable } from '@/charts/table'

describe('describeTable', () => {
  it('names each figure by its row and column, for a screen reader', () => {
    const table = {
      columns: ['时期', '衡阳市', '湖南省'],
      rows: [
        ['2022年末', 3176, ''],
        ['2025年7月', 4558, 129829],
      ],
    }
    expect(describeTable(table)).toBe('2022年末: 衡阳市 3176, 湖南省; 2025年7月: 衡阳市 4558, 湖南省 129829')
  })

  it('cuts a long table and says so', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`${2000 + i}`, i])
    const text = describeTable({ columns: ['年份', '件'], rows }, 3)
    expect(text).toBe('2000: 件 0; 2001: 件 1; 2002: 件 2; …')
  })
})
