import type { Observation } from './observation'
import { endMonthIndex, type Period } from './period'

/** current / base: "×1.96". No result for a missing or zero base. */
export function growthMultiple(current: number, base: number | undefined): number | null {
  if (base === undefined || base === 0 || !Number.isFinite(base)) return null
  return current / base
}

/**
 * The figure of the same series exactly `years` years before `p` (same kind of period end),
 * e.g. the 2019 year-end stock for a 2022 year-end stock.
 */
export function figureYearsBefore(series: readonly Observation[], p: Period, years: number): Observation | undefined {
  const target = endMonthIndex(p) - 12 * years
  return series.find((o) => o.status === 'actual' && o.period.type === p.type && endMonthIndex(o.period) === target)
}
