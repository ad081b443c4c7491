import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { expandMerges, type MergeRange } from '@/domain/import/header/sheetGrid'

const ROWS = 8
const COLS = 6

/** Non-overlapping merges, as a spreadsheet allows them: each claims cells no other one holds. */
const layout = fc
  .record({
    grid: fc.array(fc.array(fc.string({ minLength: 1, maxLength: 3 }), { minLength: COLS, maxLength: COLS }), {
      minLength: ROWS,
      maxLength: ROWS,
    }),
    candidates: fc.array(
      fc.record({
        r: fc.nat(ROWS - 1),
        c: fc.nat(COLS - 1),
        h: fc.integer({ min: 1, max: 3 }),
        w: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ grid, candidates }) => {
    const taken = new Set<string>()
    const merges: MergeRange[] = []
    for (const { r, c, h, w } of candidates) {
      const e = { r: Math.min(ROWS - 1, r + h - 1), c: Math.min(COLS - 1, c + w - 1) }
      const cells: string[] = []
      for (let i = r; i <= e.r; i++) for (let j = c; j <= e.c; j++) cells.push(`${i},${j}`)
      if (cells.length < 2 || cells.some((k) => taken.has(k))) continue
      cells.forEach((k) => taken.add(k))
      merges.push({ s: { r, c }, e })
    }
    // As a spreadsheet stores a merge: only its top-left cell has text.
    const rows = grid.map((row, i) => row.map((cell, j) => (taken.has(`${i},${j}`) ? '' : cell)))
    for (const m of merges) (rows[m.s.r] as string[])[m.s.c] = grid[m.s.r]?.[m.s.c] ?? ''
    return { rows, merges, taken }
  })

const inside = (m: MergeRange, r: number, c: number) => r >= m.s.r && r <= m.e.r && c >= m.s.c && c <= m.e.c

describe('expandMerges', () => {
  it('gives every cell of a merged range its top-left text, in a row that holds other text', () => {
    fc.assert(
      fc.property(layout, ({ rows, merges }) => {
        const before = rows.map((r) => [...r])
        expandMerges(rows, merges)
        for (const m of merges) {
          const text = before[m.s.r]?.[m.s.c]
          const title = m.s.r === m.e.r && before[m.s.r]?.every((cell, c) => c === m.s.c || cell === '')
          for (let r = m.s.r; r <= m.e.r; r++)
            for (let c = m.s.c; c <= m.e.c; c++) expect(rows[r]?.[c]).toBe(title && c !== m.s.c ? '' : text)
        }
      }),
    )
  })

  it('tells titles apart on the sheet as stored, whatever order the workbook lists its merges in', () => {
    // A label merged down two rows beside a one-row merge on its second row: that merge is a title
    // only if its row holds no other text as stored, and the label's rows do not change that.
    const sheet = () => [
      ['地区', '', '', '', '', '合计'],
      ['', '', '', '说明', '', ''],
    ]
    const merges: MergeRange[] = [
      { s: { r: 0, c: 0 }, e: { r: 1, c: 2 } },
      { s: { r: 1, c: 3 }, e: { r: 1, c: 4 } },
      { s: { r: 0, c: 5 }, e: { r: 1, c: 5 } },
    ]
    const inOrder = sheet()
    expandMerges(inOrder, merges)
    const titleFirst = sheet()
    expandMerges(titleFirst, [merges[1], merges[0], merges[2]] as MergeRange[])
    expect(inOrder).toEqual(titleFirst)
    expect(inOrder[1]).toEqual(['地区', '地区', '地区', '说明', '', '合计'])
  })

  it('leaves every cell outside the merges as it was', () => {
    fc.assert(
      fc.property(layout, ({ rows, merges }) => {
        const before = rows.map((r) => [...r])
        expandMerges(rows, merges)
        rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!merges.some((m) => inside(m, r, c))) expect(cell).toBe(before[r]?.[c])
          }),
        )
      }),
    )
  })

  it('reads the province table as printed: a merged group over its columns, a label down its rows, the title once', () => {
    const rows = [
      ['2025年7月湖南省有效发明专利统计表'],
      ['地区', '有效发明专利量', '职务', '', '', '非职务'],
      ['', '', '大专院校', '科研单位', '工矿企业', '个人'],
    ]
    expandMerges(rows, [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 5 } },
      { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
      { s: { r: 1, c: 2 }, e: { r: 1, c: 4 } },
    ])
    expect(rows).toEqual([
      ['2025年7月湖南省有效发明专利统计表'],
      ['地区', '有效发明专利量', '职务', '职务', '职务', '非职务'],
      ['地区', '', '大专院校', '科研单位', '工矿企业', '个人'],
    ])
  })
})
