import { parseCellValue } from '../value'

export const nonEmptyCells = (row: readonly string[]) => row.filter((c) => c !== '').length

/**
 * A row that can head a table: two different texts at least. A merged title, expanded from a
 * workbook, is one text repeated across every column, and is a title all the same.
 */
export const isTableRow = (row: readonly string[]) => new Set(row.filter((c) => c !== '')).size >= 2

/** Header rows a table may have: a group row, its sub-headers and a row of units. */
const MAX_HEADER_ROWS = 3

export interface TableHeader {
  /** 0-based index of the (last) header row. */
  readonly headerRow: number
  /** 1 to 3: group rows from merged cells, sub-headers, units on a row of their own. */
  readonly headerRows: number
  /** One per column: groups and sub-headers joined "group-sub", a unit row's "(万人)" appended. */
  readonly headers: readonly string[]
}

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

/** A row under a header row that continues the header: nothing in its first cell but the one above, no figures. */
function continuesHeader(row: readonly string[] | undefined, above: readonly string[]): row is readonly string[] {
  return (
    row !== undefined &&
    (row[0] === '' || row[0] === above[0]) &&
    nonEmptyCells(row) >= 1 &&
    row.every((c) => c === '' || parseCellValue(c).kind !== 'number')
  )
}

/**
 * The header starting at row `first` of cleaned rows: that row, joined with up to two more below
 * it that continue it (sub-headers under merged groups, a row of units).
 */
export function readHeader(rows: readonly (readonly string[])[], first: number): TableHeader {
  const header = [rows[first] ?? []]
  for (let next = rows[first + 1]; header.length < MAX_HEADER_ROWS; next = rows[first + header.length]) {
    if (!continuesHeader(next, header.at(-1) ?? [])) break
    header.push(next)
  }
  return {
    headerRow: first + header.length - 1,
    headerRows: header.length,
    headers: header.length === 1 ? [...(rows[first] ?? [])] : joinHeaderRows(header),
  }
}
