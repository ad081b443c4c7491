import Papa from 'papaparse'
import type { Observation } from '../../src/domain/observation'
import { parseCsvRows } from '../../src/domain/csv/csv'
import { neutraliseCell } from '../../src/domain/csv/formulaCell'
import { textOf } from '../store/versionFiles'

/** A published CSV file as rows, with its byte-order mark and line breaks kept for writing back. */
export interface CsvFile {
  readonly bom: boolean
  readonly newline: string
  readonly rows: string[][]
}

export function readCsv(data: Uint8Array | string | undefined): CsvFile {
  const text = textOf(data)
  const rows = parseCsvRows(text)
  // The final line break yields one empty row: writing adds it back.
  while (rows.length > 1 && (rows.at(-1) ?? []).every((c) => c === '')) rows.pop()
  return { bom: text.startsWith('\uFEFF'), newline: text.includes('\r\n') ? '\r\n' : '\n', rows }
}

export function writeCsv(f: CsvFile): string {
  return (f.bom ? '\uFEFF' : '') + Papa.unparse(f.rows, { newline: f.newline }) + f.newline
}

/**
 * Appends rows to a catalogue table as its header orders the columns, each cell neutralised
 * against spreadsheet formulas (the rows already there stay as they were written).
 */
export function appendRows(data: Uint8Array | string | undefined, records: readonly Record<string, string>[]): string {
  const f = readCsv(data)
  const header = f.rows[0] ?? []
  for (const r of records) f.rows.push(header.map((h) => neutraliseCell(r[h.trim()] ?? '')))
  return writeCsv(f)
}

/**
 * A figure's cells in the order of `header` (columns the canonical format lacks stay empty),
 * neutralised against spreadsheet formulas: its value stays a plain number.
 */
export function cellsOf(o: Observation, header: readonly string[]): string[] {
  const fields: Record<string, string> = {
    region: o.region,
    period: o.periodKey,
    indicator: o.indicator,
    value: String(o.value),
    unit: o.unit,
    status: o.status,
    source: o.source,
    note: o.note,
  }
  return header.map((h) => neutraliseCell(fields[h.trim().toLowerCase()] ?? ''))
}
