/**
 * What the importer and the publishing server read, and no more. A real statistical table is far
 * inside these; a file beyond them is refused at the place it crosses one, within seconds,
 * instead of freezing the page or the server on it.
 */
export const LIMITS = {
  /** Excel's own limit on a cell: no table saved from Excel holds more. */
  cellChars: 32_767,
  /**
   * The widest real layout is periods as columns: a century of months is 1,200. Past this a file is
   * no table the mapping could be checked on.
   */
  columns: 2_000,
  /** One row of text (4 MiB): a file with no line break in that much is no table. */
  lineChars: 4 * 1024 * 1024,
} as const

type Limit = keyof typeof LIMITS

/** Where a file first crosses a limit: row (Excel's, header = 1), column (1-based), and how far. */
export interface BeyondLimit {
  readonly limit: Limit
  readonly row: number
  readonly column?: number
  /** What the file has there: columns in the row, or characters in the cell or line. */
  readonly size: number
  readonly max: number
}

/** The first limit a row crosses, if any: too many columns, or a cell too long. `row` is Excel's. */
export function rowBeyondLimits(cells: readonly string[], row: number): BeyondLimit | undefined {
  if (cells.length > LIMITS.columns) return { limit: 'columns', row, size: cells.length, max: LIMITS.columns }
  for (let c = 0; c < cells.length; c++) {
    const size = (cells[c] as string).length
    if (size > LIMITS.cellChars) return { limit: 'cellChars', row, column: c + 1, size, max: LIMITS.cellChars }
  }
  return undefined
}
