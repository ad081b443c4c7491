import Papa from 'papaparse'

/** Long CSV for Excel: UTF-8 with BOM, and cells starting with = + - @ neutralised against formula injection. */
export function toExcelCsv(rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + Papa.unparse(rows as (string | number)[][], { escapeFormulae: true, newline: '\r\n' })
}

/** Plain CSV text (no BOM, nothing neutralised): for a program that reads it back exactly, such as the server. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse(rows as (string | number)[][], { newline: '\n' }) + '\n'
}
