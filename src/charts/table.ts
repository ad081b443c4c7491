/** The numbers behind a chart, as a table a reader (or a screen reader) can use instead. */
export interface ChartTable {
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
}
