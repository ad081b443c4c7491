import type { Catalogue } from '../catalogue'
import { observationAt, STATUS_CODES, type ObservationColumns } from '../columns'
import { observationKey } from '../observation'
import { endMonthIndex, parsePeriod, spanMonths } from '../period'
import type { Problem } from '../problem'

export interface Change {
  readonly region: string
  readonly periodKey: string
  readonly indicator: string
  readonly old: number
  readonly new: number
  readonly row: number
}

export interface Diff {
  readonly added: number
  readonly changed: number
  readonly unchanged: number
  /** The first changes, for the preview (all are counted). */
  readonly changes: readonly Change[]
  /** Warnings: values that move implausibly against the current data or the year before. */
  readonly jumps: readonly Problem[]
}

/** Figures a jump warning is raised for: more than five-fold up, or down to a fifth. */
export const JUMP_FACTOR = 5
const CHANGE_LIST_LIMIT = 200

function keyAt(c: ObservationColumns, i: number): string {
  return observationKey({
    region: c.regions[c.region[i] ?? 0] ?? '',
    periodKey: c.periods[c.period[i] ?? 0] ?? '',
    indicator: c.indicators[c.indicator[i] ?? 0] ?? '',
    status: STATUS_CODES[c.status[i] ?? 0] ?? 'actual',
  })
}

/** Every current figure by its key (region, period, indicator, status); a later layer wins. */
export function valuesByKey(...layers: readonly ObservationColumns[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const c of layers) for (let i = 0; i < c.length; i++) map.set(keyAt(c, i), c.value[i] ?? Number.NaN)
  return map
}

const jumpy = (a: number, b: number) => a > 0 && b > 0 && (a / b > JUMP_FACTOR || b / a > JUMP_FACTOR)

/**
 * What importing `incoming` would change in `current`: new figures, changed ones (old → new) and
 * unchanged ones, with a warning where a figure jumps implausibly against the value it replaces
 * or against the like period a year earlier.
 */
export function diffAgainst(incoming: ObservationColumns, current: ReadonlyMap<string, number>, catalogue: Catalogue): Diff {
  let added = 0
  let changed = 0
  let unchanged = 0
  const changes: Change[] = []
  const jumps: Problem[] = []
  const incomingByKey = valuesByKey(incoming)
  const valueOf = (key: string) => incomingByKey.get(key) ?? current.get(key)
  for (let i = 0; i < incoming.length; i++) {
    const key = keyAt(incoming, i)
    const value = incoming.value[i] ?? Number.NaN
    const old = current.get(key)
    const row = incoming.row[i] ?? 0
    if (old === undefined) added++
    else if (old === value) unchanged++
    else {
      changed++
      const o = observationAt(incoming, i)
      if (changes.length < CHANGE_LIST_LIMIT) changes.push({ region: o.region, periodKey: o.periodKey, indicator: o.indicator, old, new: value, row })
      if (jumpy(value, old) && jumps.length < CHANGE_LIST_LIMIT) jumps.push({ severity: 'warning', code: 'implausibleJump', row, params: { value, other: old, basis: 'current' } })
      continue
    }
    // Against the like period a year before: a flow's same months, a level twelve months earlier.
    const o = observationAt(incoming, i)
    const kind = catalogue.indicator(o.indicator)?.kind
    if (!kind || jumps.length >= CHANGE_LIST_LIMIT) continue
    const prev = { ...o.period, year: o.period.year - 1 }
    const prevKey = observationKey({ region: o.region, periodKey: o.periodKey.replace(/^\d{4}/, String(prev.year)), indicator: o.indicator, status: o.status })
    const before = valueOf(prevKey)
    const p = parsePeriod(o.periodKey)
    if (before !== undefined && p && (kind !== 'flow' || spanMonths(p) > 0) && endMonthIndex(p) > 12 && jumpy(value, before)) {
      jumps.push({ severity: 'warning', code: 'implausibleJump', row, params: { value, other: before, basis: 'yearBefore' } })
    }
  }
  return { added, changed, unchanged, changes, jumps }
}
