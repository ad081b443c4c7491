import { columnLetter } from '../../problem'

/** A cell as a spreadsheet names it: sheet, 1-based row, 1-based column. */
export interface CellAddress {
  readonly sheet: string
  readonly row: number
  readonly column: number
}

// Excel quotes a sheet name only when a plain one would be misread: spaces, "!" or a quote in it.
const needsQuotes = (sheet: string) => sheet === '' || /[\s!']/.test(sheet)

/** `2024年12月!`, or `'Sheet 1'!` when the name needs quotes (a quote inside is doubled). */
export function sheetPrefix(sheet: string): string {
  return `${needsQuotes(sheet) ? `'${sheet.replaceAll("'", "''")}'` : sheet}!`
}

/** `2024年12月!C7`: the address Excel's name box and formulas use. */
export function formatCellAddress({ sheet, row, column }: CellAddress): string {
  return `${sheetPrefix(sheet)}${columnLetter(column)}${row}`
}
