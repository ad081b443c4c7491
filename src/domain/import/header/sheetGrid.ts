/** A merged range as spreadsheets store it: 0-based rows and columns, both ends included. */
export interface MergeRange {
  readonly s: { readonly r: number; readonly c: number }
  readonly e: { readonly r: number; readonly c: number }
}

/**
 * Fills each merged range of a sheet's text grid with the text of its top-left cell, in place, so a
 * group header reads over each of its columns and a vertically merged row label on each of its rows.
 * A one-row merge that is the only text on its row is a title: it stays in its first cell, since a
 * title repeated across the table would read as a row of column headers.
 */
export function expandMerges(rows: string[][], merges: readonly MergeRange[]): void {
  // Titles are told apart on the sheet as stored, before any merge is filled in: whatever order the
  // workbook lists its merges in, the same ones are titles.
  const titles = new Set(merges.filter((m) => isTitle(rows, m)))
  for (const m of merges) {
    const text = rows[m.s.r]?.[m.s.c] ?? ''
    if (text === '' || titles.has(m)) continue
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (rows[r] ??= [])
      while (row.length <= m.e.c) row.push('')
      for (let c = m.s.c; c <= m.e.c; c++) row[c] = text
    }
  }
}

function isTitle(rows: readonly (readonly string[])[], m: MergeRange): boolean {
  if (m.s.r !== m.e.r || m.s.c === m.e.c) return false
  const row = rows[m.s.r] ?? []
  return row.every((cell, c) => c === m.s.c || cell === '')
}
