/** "(万人)", "(1-8月)": a lower header cell that only qualifies the column above it. */
const isRemark = (cell: string) => /^\([^()]*\)$/.test(cell)

/**
 * Joins header rows into one header per column. A vertically merged cell, expanded from a
 * workbook, repeats its text down the rows: the repeat is dropped. A group label stands over the
 * columns to its right that are blank in its row (a merge in a CSV) or repeat it (a merge expanded),
 * as long as a lower row names them.
 */
export function joinHeaderRows(rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.length))
  const levels = rows.map((row, level) =>
    Array.from({ length: width }, (_, i) => {
      const cell = row[i] ?? ''
      return level > 0 && cell === (rows[level - 1]?.[i] ?? '') ? '' : cell
    }),
  )
  const below = (level: number, i: number) => levels.slice(level + 1).some((l) => (l[i] ?? '') !== '')
  // A group ends where a group above it ends: 个人 under 非职务 never spreads under 常住人口.
  const sameAbove = (level: number, i: number, j: number) => levels.slice(0, level).every((l) => l[i] === l[j])
  for (const [level, labels] of levels.entries()) {
    let group = -1
    for (let i = 0; i < width; i++) {
      const cell = labels[i] ?? ''
      // A label is a group only when a lower row names a part under it: "地区" over nothing is not.
      if (cell) group = below(level, i) && !isRemark(cell) ? i : -1
      else if (group >= 0 && below(level, i) && sameAbove(level, i, group)) labels[i] = labels[group] ?? ''
    }
  }
  return Array.from({ length: width }, (_, i) => {
    let header = ''
    let last = ''
    for (const labels of levels) {
      const cell = labels[i] ?? ''
      if (!cell || cell === last) continue
      last = cell
      header = !header || isRemark(cell) ? `${header}${cell}` : `${header}-${cell}`
    }
    return header
  })
}
