import { observationKey, type Observation } from '../observation'
import type { PatentPlaces } from './placeRecords'
import type { PatentList } from './records'

/** A derived figure beside the published one for the same indicator, region and period. */
interface ReconciledFigure {
  readonly indicator: string
  readonly region: string
  readonly periodKey: string
  readonly derived: number
  readonly published: number
  /** derived − published: negative when the list holds fewer patents than the table counts. */
  readonly gap: number
  /** derived ÷ published (undefined when nothing is published). */
  readonly share: number | undefined
  /** The published figure's source, to link beside the list's. */
  readonly source: string
}

export interface PatentReconciliation {
  readonly rows: readonly ReconciledFigure[]
  /** Derived figures no published table has: the only ones an import may add. The published ones win. */
  readonly unpublished: readonly Observation[]
}

/**
 * Sets each derived figure beside the published actual figure of the same indicator, region and
 * period. A derived figure never replaces a published one: those with a published counterpart are
 * only compared, the others are returned to be imported as figures of their own.
 */
export function reconcilePatentFigures(
  derived: readonly Observation[],
  published: readonly Observation[],
): PatentReconciliation {
  const byKey = new Map<string, Observation>()
  for (const o of published) if (o.status === 'actual') byKey.set(observationKey(o), o)
  const rows: ReconciledFigure[] = []
  const unpublished: Observation[] = []
  for (const d of derived) {
    const p = byKey.get(observationKey(d))
    if (!p) {
      unpublished.push(d)
      continue
    }
    rows.push({
      indicator: d.indicator,
      region: d.region,
      periodKey: d.periodKey,
      derived: d.value,
      published: p.value,
      gap: d.value - p.value,
      share: p.value === 0 ? undefined : d.value / p.value,
      source: p.source,
    })
  }
  return { rows, unpublished }
}

/** What a list covers, for the words beside a gap: its dates, and the patents it leaves out. */
export interface ListCoverage {
  readonly file: string
  readonly exported: number
  readonly records: number
  /** The earliest and latest filing days (yyyymmdd; 0 without any). */
  readonly firstFiled: number
  readonly lastFiled: number
  /** Rows not read (each one a problem), records outside the city, records in the city without a county. */
  readonly rejected: number
  readonly outside: number
  readonly unplaced: number
  readonly parks: number
}

export function listCoverage(list: PatentList, places: PatentPlaces): ListCoverage {
  const { filed } = list.records
  let firstFiled = 0
  let lastFiled = 0
  for (const day of filed) {
    if (day === 0) continue
    if (firstFiled === 0 || day < firstFiled) firstFiled = day
    if (day > lastFiled) lastFiled = day
  }
  return {
    file: list.file,
    exported: list.exported,
    records: list.records.length,
    firstFiled,
    lastFiled,
    rejected: list.rejected,
    outside: places.counts.outside,
    unplaced: places.counts.unplaced,
    parks: places.counts.park,
  }
}
