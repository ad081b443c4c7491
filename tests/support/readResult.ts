import { observationAt, type ObservationColumns } from '@/domain/columns'
import type { ReadResult } from '@/io/import/readFile'

export type ReadOk = Extract<ReadResult, { ok: true }>

export function ok(r: ReadResult): ReadOk {
  if (!r.ok) throw new Error(`not read: ${JSON.stringify(r)}`)
  return r
}

/** The read figures as "region|period|indicator" → value. */
export function figures(r: { readonly columns: ObservationColumns }): Map<string, number> {
  const out = new Map<string, number>()
  for (let i = 0; i < r.columns.length; i++) {
    const o = observationAt(r.columns, i)
    out.set(`${o.region}|${o.periodKey}|${o.indicator}`, o.value)
  }
  return out
}

/** Problems as [code, row, column] for compact assertions. */
export const located = (r: ReadOk) => r.problems.map((p) => [p.code, p.row, p.column])
