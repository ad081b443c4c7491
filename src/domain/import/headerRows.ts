import { parseCellValue } from './value'

export const nonEmptyCells = (row: readonly string[]) => row.filter((c) => c !== '').length

export interface TableHeader {
  /** 0-based index of the (last) header row. */
  readonly headerRow: number
  /** 2 when merged cells made a group row above the sub-headers. */
  readonly headerRows: number
  /** One per column, a group and its sub-header joined "group-sub". */
  readonly headers: readonly string[]
}

/** Joins a group header row above its sub-header row, as merged cells in Excel make them. */
function joinHeaders(group: readonly string[], sub: readonly string[]): string[] {
  const width = Math.max(group.length, sub.length)
  const out: string[] = []
  let lastGroup = ''
  for (let i = 0; i < width; i++) {
    const g = group[i] ?? ''
    const s = sub[i] ?? ''
    if (g) lastGroup = g
    const parent = g || (s ? lastGroup : '')
    out.push(parent && s ? `${parent}-${s}` : parent || s)
  }
  return out
}

/**
 * The header starting at row `first` of cleaned rows: that row, joined with the next when the next
 * is a row of sub-headers (its first cell blank, under a merged cell, and no figures in it).
 */
export function readHeader(rows: readonly (readonly string[])[], first: number): TableHeader {
  const headers = [...(rows[first] ?? [])]
  const next = rows[first + 1]
  if (
    next &&
    next[0] === '' &&
    nonEmptyCells(next) >= 1 &&
    next.every((c) => c === '' || parseCellValue(c).kind !== 'number')
  )
    return { headerRow: first + 1, headerRows: 2, headers: joinHeaders(headers, next) }
  return { headerRow: first, headerRows: 1, headers }
}
