import type { ObservationColumns } from '../columns'
import type { ProblemLog } from './problemLog'

/**
 * Totals of a regions-as-rows table, checked once every row is in: the parts of each figure
 * (column, period, indicator, status) against its total row.
 */
export class TotalsCheck {
  // The measure column of each figure (-1: not summed), kept so the parts can be added up at the
  // end, only when a file has total rows.
  private readonly measureOf: number[] = []
  private readonly totals: { figure: number; row: number; column: number }[] = []

  /** The next figure read: a part of the total of its `measure` column, or -1 for none. */
  add(measure: number) {
    this.measureOf.push(measure)
  }

  /** Figure `figure`, of Excel `row` and 0-based `column`, is a total row's. */
  addTotal(figure: number, row: number, column: number) {
    this.totals.push({ figure, row, column })
  }

  check(c: ObservationColumns, log: ProblemLog) {
    if (this.totals.length === 0) return
    const { measureOf, totals } = this
    const sumKey = (i: number) => `${measureOf[i]}|${c.period[i]}|${c.indicator[i]}|${c.status[i]}`
    const isTotal = new Set(totals.map((t) => t.figure))
    const sums = new Map<string, number>()
    for (let i = 0; i < c.length; i++) {
      if (measureOf[i] === -1 || isTotal.has(i)) continue
      const key = sumKey(i)
      sums.set(key, (sums.get(key) ?? 0) + (c.value[i] ?? 0))
    }
    for (const t of totals) {
      const sum = sums.get(sumKey(t.figure))
      const total = c.value[t.figure] ?? 0
      if (sum === undefined) continue
      const tolerance = Math.max(0.5, Math.abs(total) * 1e-6)
      if (Math.abs(sum - total) > tolerance) {
        log.report('error', 'totalMismatch', t.row, t.column + 1, { total, sum: Number(sum.toPrecision(12)) })
      }
    }
  }
}
