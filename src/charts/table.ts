/** The numbers behind a chart, as a table a reader (or a screen reader) can use instead. */
export interface ChartTable {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
}

/**
 * The table in words, for a screen reader: each row's first cell, then its other cells named by their
 * column ("2025年7月: 衡阳市 4558"). A long table is cut after `maxRows` rows; its table view has all.
 */
export function describeTable(table: ChartTable, maxRows = 40): string {
  const rows = table.rows.slice(0, maxRows).map(([head, ...cells]) => {
    const named = cells.map((v, i) => `${table.columns[i + 1] ?? ''} ${v}`.trim()).filter((c) => c !== '')
    return `${head ?? ''}: ${named.join(', ')}`
  })
  return rows.join('; ') + (table.rows.length > maxRows ? '; …' : '')
}
