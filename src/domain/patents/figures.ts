import type { Catalogue, IndicatorKind } from '../catalogue'
import type { Observation } from '../observation'
import { formatPeriod, type Period } from '../period'
import { periodForKind } from '../periodKind'
import { formatDay, monthOfDay, yearOfDay } from './patentDate'
import {
  FLOW_RULES,
  isValidInvention,
  judgedCriteria,
  stockRules,
  type PatentRule,
  type RuleContext,
} from './patentIndicators'
import { countiesOf, regionSlots, type PatentPlaces } from './placeRecords'
import type { PatentList } from './records'
import { TECH_FIELDS } from './techField'

export interface FigureContext {
  /** The home city: every record placed in it counts for it, its counties' for them too. */
  readonly home: string
  readonly catalogue: Catalogue
  /** Per applicant index: an index into APPLICANT_TYPES (applicantTypesOf). */
  readonly applicantTypes: Uint8Array
}

/** The last month the list covers whole: the export's month when exported on its last day, else the one before. */
function lastWholeMonth(exported: number): { year: number; month: number } {
  const year = yearOfDay(exported)
  const month = monthOfDay(exported)
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (exported % 100 === last) return { year, month }
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 }
}

/** The rules' context, and whether the catalogue has an indicator: one it lacks is not counted. */
interface FigureRun extends RuleContext {
  readonly made: (indicator: string) => boolean
}

interface Emit {
  (indicator: string, region: string, period: Period, value: number, rule: string, note?: string): void
}

/** Per record, its month since January of `firstYear` on `days`, or -1 outside the span or the city. */
function monthsOf(days: Uint32Array, slots: Int16Array, firstYear: number, months: number): Int32Array {
  const out = new Int32Array(days.length)
  for (let i = 0; i < days.length; i++) {
    const day = days[i] ?? 0
    const m = (yearOfDay(day) - firstYear) * 12 + monthOfDay(day) - 1
    out[i] = day === 0 || (slots[i] ?? -1) < 0 || m < 0 || m >= months ? -1 : m
  }
  return out
}

/** Counts per region and month since January of `firstYear`, then writes year totals and Jan–month sums. */
function flowFigures(list: PatentList, slots: Int16Array, names: readonly string[], at: FigureRun, emit: Emit) {
  const r = list.records
  const whole = lastWholeMonth(list.exported)
  let firstYear = whole.year + 1
  for (let i = 0; i < r.length; i++) {
    const day = r.filed[i] || r.granted[i] || 0
    if (day !== 0 && (slots[i] ?? -1) >= 0) firstYear = Math.min(firstYear, yearOfDay(day))
  }
  const months = (whole.year - firstYear) * 12 + whole.month
  if (months <= 0) return
  // Each record's month is worked out once, not once for each indicator.
  const monthOn = {
    filed: monthsOf(r.filed, slots, firstYear, months),
    granted: monthsOf(r.granted, slots, firstYear, months),
  }
  const periods = Array.from({ length: months }, (_, m): Period => {
    const month = (m % 12) + 1
    const year = firstYear + Math.floor(m / 12)
    return month === 12 ? { type: 'year', year } : { type: 'span', year, from: 1, to: month }
  })
  for (const rule of FLOW_RULES.filter((f) => at.made(f.indicator))) {
    const counts = new Float64Array(names.length * months)
    const month = monthOn[rule.day]
    for (let i = 0; i < r.length; i++) {
      const m = month[i] ?? -1
      if (m < 0 || !rule.keep(r, i, at)) continue
      counts[m] = (counts[m] ?? 0) + 1
      const slot = slots[i] ?? 0
      if (slot > 0) counts[slot * months + m] = (counts[slot * months + m] ?? 0) + 1
    }
    names.forEach((name, s) => {
      let sum = 0
      for (let m = 0; m < months; m++) {
        sum = m % 12 === 0 ? (counts[s * months + m] ?? 0) : sum + (counts[s * months + m] ?? 0)
        emit(rule.indicator, name, periods[m] ?? { type: 'year', year: firstYear }, sum, rule.rule)
      }
    })
  }
}

function stockFigures(list: PatentList, slots: Int16Array, names: readonly string[], at: FigureRun, emit: Emit) {
  const r = list.records
  const period: Period = { type: 'month', year: yearOfDay(list.exported), month: monthOfDay(list.exported) }
  const rules = stockRules(list.facts, TECH_FIELDS.length).filter(
    (rule: PatentRule) => (rule.needs?.(list.facts) ?? true) && at.made(rule.indicator),
  )
  const criteria = judgedCriteria(list.facts)
    .map((c) => c.criterion)
    .join('、')
  // Every stock is of valid invention patents in the city: they are found once.
  const valid: number[] = []
  for (let i = 0; i < r.length; i++) if ((slots[i] ?? -1) >= 0 && isValidInvention(r, i)) valid.push(i)
  for (const rule of rules) {
    const counts = new Float64Array(names.length)
    for (const i of valid) {
      if (!rule.keep(r, i, at)) continue
      counts[0] = (counts[0] ?? 0) + 1
      const slot = slots[i] ?? 0
      if (slot > 0) counts[slot] = (counts[slot] ?? 0) + 1
    }
    const note = rule.rule.startsWith('high-value') ? `${criteria}` : undefined
    names.forEach((name, s) => emit(rule.indicator, name, period, counts[s] ?? 0, rule.rule, note))
  }
}

/**
 * The catalogue's patent indicators counted from a list by CNIPA's conventions (docs/patents.md):
 * for the city and each of its counties, flows at every year and every January-to-month sum the
 * list covers whole, stocks at the export date. These are returned apart from the published
 * figures, which they never replace (reconcilePatentFigures sets them side by side).
 */
export function derivePatentFigures(list: PatentList, places: PatentPlaces, ctx: FigureContext): Observation[] {
  const { catalogue, home } = ctx
  const counties = countiesOf(catalogue, home)
  const names = [home, ...counties]
  const slots = regionSlots(places, counties)
  const at: FigureRun = {
    applicantTypes: ctx.applicantTypes,
    tenYearsBefore: list.exported - 100000,
    made: (id) => catalogue.indicator(id) !== undefined,
  }
  const source = `computed from ${list.file}, exported ${formatDay(list.exported)}, ${list.records.length} records`
  const out: Observation[] = []
  // Thousands of figures share a few hundred periods: each is made canonical and named once per kind.
  const named = new Map<Period, Map<IndicatorKind, { period: Period; key: string }>>()
  const canonicalOf = (period: Period, kind: IndicatorKind) => {
    const kinds = named.get(period) ?? new Map<IndicatorKind, { period: Period; key: string }>()
    named.set(period, kinds)
    let known = kinds.get(kind)
    if (!known) {
      const canonical = periodForKind(period, kind)
      known = { period: canonical, key: formatPeriod(canonical) }
      kinds.set(kind, known)
    }
    return known
  }
  const emit: Emit = (id, region, period, value, rule, note) => {
    const indicator = catalogue.indicator(id)
    if (!indicator) return
    const canonical = canonicalOf(period, indicator.kind)
    const link = `docs/patents.md#${rule}`
    out.push({
      region,
      period: canonical.period,
      periodKey: canonical.key,
      indicator: id,
      value,
      unit: indicator.unit,
      status: 'actual',
      source,
      note: note ? `${link} (${note})` : link,
    })
  }
  flowFigures(list, slots, names, at, emit)
  stockFigures(list, slots, names, at, emit)
  return out
}
