import type { Catalogue } from '../catalogue'
import { FigureKeys, observationAt, type FigureCodes, type ObservationColumns } from '../columns'
import { endMonthIndex, parsePeriod, spanMonths } from '../period'
import type { Problem } from '../problem'
import { isImplausibleJump } from '../monitoring/jump'

interface Change {
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

const CHANGE_LIST_LIMIT = 200

/** Codes of one table's dictionary entries in another's (-1: absent there, so it matches nothing). */
function translate(from: readonly string[], to: ReadonlyMap<string, number>): Int32Array {
  return Int32Array.from(from, (name) => to.get(name) ?? -1)
}

const codesOf = (names: readonly string[]) => new Map(names.map((n, i) => [n, i]))

/** The current figures, keyed by the incoming file's codes; a figure it has no code for is left out. */
function currentFigures(
  current: readonly ObservationColumns[],
  regions: ReadonlyMap<string, number>,
  periods: ReadonlyMap<string, number>,
  indicators: ReadonlyMap<string, number>,
): FigureKeys {
  const now = new FigureKeys()
  for (const layer of current) {
    const r = translate(layer.regions, regions)
    const p = translate(layer.periods, periods)
    const ind = translate(layer.indicators, indicators)
    for (let i = 0; i < layer.length; i++) {
      const key = {
        region: r[layer.region[i] ?? 0] ?? -1,
        period: p[layer.period[i] ?? 0] ?? -1,
        indicator: ind[layer.indicator[i] ?? 0] ?? -1,
        status: layer.status[i] ?? 0,
      }
      if (key.region >= 0 && key.period >= 0 && key.indicator >= 0) now.set(key, layer.value[i] ?? Number.NaN)
    }
  }
  return now
}

/**
 * What importing `incoming` would change in the current figures (`current`: layers, a later one
 * winning): new figures, changed ones (old → new) and unchanged ones, with a warning where a figure
 * jumps implausibly against the value it replaces or against the like period a year earlier.
 * Keys are the incoming file's own dictionary codes, packed into numbers: a million figures are
 * compared without building a million strings.
 */
export function diffAgainst(
  incoming: ObservationColumns,
  current: readonly ObservationColumns[],
  catalogue: Catalogue,
): Diff {
  const regions = codesOf(incoming.regions)
  const indicators = codesOf(incoming.indicators)
  // The incoming periods, then the year before each (a flow's same months, a level twelve months earlier).
  const periods = codesOf(incoming.periods)
  const yearBefore = incoming.periods.map((key) => {
    const before = key.replace(/^\d{4}/, (y) => String(Number(y) - 1))
    if (!periods.has(before)) periods.set(before, periods.size)
    return periods.get(before) as number
  })
  const kinds = incoming.indicators.map((id) => catalogue.indicator(id)?.kind)
  const comparable = incoming.periods.map((key) => {
    const p = parsePeriod(key)
    return { flow: !!p && spanMonths(p) > 0 && endMonthIndex(p) > 12, level: !!p && endMonthIndex(p) > 12 }
  })

  const now = currentFigures(current, regions, periods, indicators)
  const mine = new FigureKeys()
  for (let i = 0; i < incoming.length; i++) mine.set(codesAt(incoming, i), incoming.value[i] ?? Number.NaN)

  let added = 0
  let changed = 0
  let unchanged = 0
  const changes: Change[] = []
  const jumps: Problem[] = []
  for (let i = 0; i < incoming.length; i++) {
    const key = codesAt(incoming, i)
    const value = incoming.value[i] ?? Number.NaN
    const old = now.get(key)
    // A figure computed from records (a patent list) stands on no row of its file.
    const at = (incoming.row[i] ?? 0) > 0 ? { row: incoming.row[i] } : {}
    const row = incoming.row[i] ?? 0
    if (old === undefined) added++
    else if (old === value) unchanged++
    else {
      changed++
      if (changes.length < CHANGE_LIST_LIMIT) {
        const o = observationAt(incoming, i)
        changes.push({ region: o.region, periodKey: o.periodKey, indicator: o.indicator, old, new: value, row })
      }
      if (isImplausibleJump(value, old) && jumps.length < CHANGE_LIST_LIMIT)
        jumps.push({
          severity: 'warning',
          code: 'implausibleJump',
          ...at,
          params: { value, other: old, basis: 'current' },
        })
      continue
    }
    const kind = kinds[key.indicator]
    const span = comparable[key.period]
    if (!kind || !span || jumps.length >= CHANGE_LIST_LIMIT || !(kind === 'flow' ? span.flow : span.level)) continue
    const earlier = { ...key, period: yearBefore[key.period] ?? -1 }
    const before = mine.get(earlier) ?? now.get(earlier)
    if (before !== undefined && isImplausibleJump(value, before)) {
      jumps.push({
        severity: 'warning',
        code: 'implausibleJump',
        ...at,
        params: { value, other: before, basis: 'yearBefore' },
      })
    }
  }
  return { added, changed, unchanged, changes, jumps }
}

const codesAt = (c: ObservationColumns, i: number): FigureCodes => ({
  region: c.region[i] ?? 0,
  period: c.period[i] ?? 0,
  indicator: c.indicator[i] ?? 0,
  status: c.status[i] ?? 0,
})
