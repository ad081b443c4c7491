import type { IndicatorKind } from './catalogue'
import type { Observation } from './observation'
import { endMonthIndex, spanMonths, type Period } from './period'

/** Why two figures could not be compared. */
type NoComparison = 'noBase' | 'zeroBase'

export type Change =
  | { readonly ok: true; readonly base: Observation; readonly delta: number; readonly ratio: number }
  | { readonly ok: false; readonly reason: NoComparison; readonly base?: Observation }

/**
 * Whether `base` is the like period one year before `p`: for flows the same months of the
 * previous year (a year total with a year total, Jan–Aug with Jan–Aug); for stocks and ratios
 * the level exactly twelve months earlier ("2024" and "2024-12" are the same point).
 */
function isYearEarlier(p: Period, base: Period, kind: IndicatorKind): boolean {
  if (kind === 'flow') {
    return spanMonths(p) > 0 && spanMonths(p) === spanMonths(base) && endMonthIndex(base) === endMonthIndex(p) - 12
  }
  const isPoint = (x: Period) => x.type !== 'span'
  return isPoint(p) && isPoint(base) && endMonthIndex(base) === endMonthIndex(p) - 12
}

/** Relative change from base to current; no result for a missing or zero base. */
export function change(current: Observation, base: Observation | undefined): Change {
  if (!base) return { ok: false, reason: 'noBase' }
  if (base.value === 0) return { ok: false, reason: 'zeroBase', base }
  return {
    ok: true,
    base,
    delta: current.value - base.value,
    ratio: (current.value - base.value) / Math.abs(base.value),
  }
}

/** 同比: the change against the like period one year earlier within the same series. */
export function yoy(current: Observation, series: readonly Observation[], kind: IndicatorKind): Change {
  const base = series.find((o) => o.status === 'actual' && isYearEarlier(current.period, o.period, kind))
  return change(current, base)
}
