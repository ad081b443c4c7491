import { FigureKeys, type ColumnsBuilder } from '../columns'
import type { Status } from '../observation'
import type { CellFigure } from './cellFigure'
import type { ProblemLog } from './problemLog'
import type { RowContext } from './rowResolver'
import type { TotalsCheck } from './totalsCheck'

/**
 * Writes figures into the columns, one per key (region, period, indicator, status): the same key again
 * with the same value is the figure said twice, with another value an error naming the first one's row.
 * `summed`: a regions-as-rows table, whose rows the totals check adds up; `isTotal`: a total row's figure.
 */
export function createFigureWriter(builder: ColumnsBuilder, log: ProblemLog, totals: TotalsCheck, summed: boolean) {
  /** Each figure's position, by its key as builder codes. */
  const figures = new FigureKeys()
  return (f: CellFigure, status: Status, ctx: RowContext, isTotal: boolean) => {
    const codes = builder.codes(f.region, f.periodKey, f.indicator.id, status)
    const earlier = figures.get(codes)
    if (earlier !== undefined) {
      const other = builder.valueAt(earlier)
      if (other !== f.value)
        log.report('error', 'duplicateConflict', f.row, f.index + 1, {
          value: f.raw.trim(),
          other,
          otherRow: builder.rowAt(earlier),
        })
      return
    }
    figures.set(codes, builder.length)
    if (summed && f.indicator.kind !== 'ratio') {
      if (isTotal) totals.addTotal(builder.length, f.row, f.index)
      totals.add(f.index)
    } else totals.add(-1)
    builder.pushCodes(
      codes,
      f.value,
      builder.code('unit', f.indicator.unit),
      builder.code('source', ctx.source),
      builder.code('note', ctx.note),
      f.row,
    )
  }
}
