import { parseCellValue } from '../value'
import { joinHeaderRows } from './headerJoin'

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
