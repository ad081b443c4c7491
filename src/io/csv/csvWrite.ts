import Papa from 'papaparse'
import { neutraliseCell } from '@/domain/csv/formulaCell'

type Rows = readonly (readonly (string | number)[])[]

// Text cells a spreadsheet would run are neutralised as the published files' are (formulaCell.ts):
// Excel shows them as text, and numbers stay numbers.
const neutralised = (rows: Rows) => rows.map((row) => row.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c)))

/** Long CSV for Excel: UTF-8 with BOM, CRLF, and cells starting with = + - @ tab or CR neutralised against formula injection. */
export function toExcelCsv(rows: Rows): string {
  return '\uFEFF' + Papa.unparse(neutralised(rows), { newline: '\r\n' })
}

/** Plain CSV text (no BOM, nothing neutralised): for a program that reads it back exactly, such as the server. */
export function toCsv(rows: Rows): string {
  return Papa.unparse(rows as (string | number)[][], { newline: '\n' }) + '\n'
}
