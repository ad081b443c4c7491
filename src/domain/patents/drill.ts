import { APPLICANT_TYPES, type ApplicantType } from './applicant'
import { isValidInvention } from './patentIndicators'
import { regionSlots, type PatentPlaces } from './placeRecords'
import { PATENT_STATES, PATENT_TYPES, type PatentRecords, type PatentState, type PatentType } from './records'

/** A region's totals: the city (all placed records) or one of its counties. */
export interface RegionTotals {
  readonly region: string
  readonly applications: number
  readonly grants: number
  readonly validInventions: number
}

/** An applicant as first applicant of a region's records. */
export interface ApplicantRow {
  readonly applicant: number
  readonly name: string
  readonly type: ApplicantType
  /** The county most of its records are placed in (the city's name when none). */
  readonly region: string
  readonly validInventions: number
  /** Grants in the year asked for, or in all years. */
  readonly grants: number
  readonly applications: number
}

/** One patent as the drill-through lists it. */
export interface PatentItem {
  readonly number: string
  readonly title: string
  readonly type: PatentType
  readonly state: PatentState
  readonly filed: number
  readonly granted: number
  readonly ipc: string
  readonly coApplicants: string
  readonly row: number
}

/**
 * Records grouped by region, then by first applicant: one counting sort, so each drill step reads
 * one run of an array rather than scanning the list. Records outside the city are left out.
 */
export class PatentIndex {
  /** Record indexes ordered by region slot, then applicant. */
  private readonly order: Uint32Array
  /** Where each region slot's run starts in `order` (one more entry than slots). */
  private readonly slotStart: Uint32Array
  private readonly slots: Int16Array
  private readonly names: readonly string[]
  /** Per record: 1 for a valid invention patent. */
  private readonly valid: Uint8Array

  constructor(
    private readonly records: PatentRecords,
    places: PatentPlaces,
    private readonly applicantTypes: Uint8Array,
    home: string,
    counties: readonly string[],
  ) {
    this.names = [home, ...counties]
    this.slots = regionSlots(places, counties)
    this.valid = new Uint8Array(records.length)
    for (let i = 0; i < records.length; i++) this.valid[i] = isValidInvention(records, i) ? 1 : 0
    const byApplicant = countingSort(records.applicant, records.applicants.length, this.slots)
    const slotKey = new Int16Array(byApplicant.length)
    for (let k = 0; k < byApplicant.length; k++) slotKey[k] = this.slots[byApplicant[k] ?? 0] ?? 0
    const sorted = countingSort(slotKey, this.names.length)
    this.order = new Uint32Array(sorted.length)
    for (let k = 0; k < sorted.length; k++) this.order[k] = byApplicant[sorted[k] ?? 0] ?? 0
    this.slotStart = new Uint32Array(this.names.length + 1)
    for (let k = 0; k < slotKey.length; k++) bump(this.slotStart, (slotKey[k] ?? 0) + 1)
    for (let s = 1; s < this.slotStart.length; s++)
      this.slotStart[s] = (this.slotStart[s] ?? 0) + (this.slotStart[s - 1] ?? 0)
  }

  /** The records of a region: the city's are all placed records, a county's its run. */
  private range(region: string): [number, number] {
    const s = this.names.indexOf(region)
    if (s <= 0) return [0, this.order.length]
    return [this.slotStart[s] ?? 0, this.slotStart[s + 1] ?? 0]
  }

  regions(): RegionTotals[] {
    return this.names.map((region) => {
      const [from, to] = this.range(region)
      let grants = 0
      let validInventions = 0
      for (let k = from; k < to; k++) {
        const i = this.order[k] ?? 0
        if (this.records.granted[i]) grants++
        validInventions += this.valid[i] ?? 0
      }
      return { region, applications: to - from, grants, validInventions }
    })
  }

  /**
   * A region's applicants, the most valid invention patents (or grants in `year`) first, as
   * first applicants of the region's records.
   */
  applicants(
    region: string,
    by: 'validInventions' | 'grants',
    options: { year?: number; limit?: number } = {},
  ): ApplicantRow[] {
    const [from, to] = this.range(region)
    const n = this.records.applicants.length
    const valid = new Uint32Array(n)
    const grants = new Uint32Array(n)
    const total = new Uint32Array(n)
    const seen: number[] = []
    const r = this.records
    const year = options.year
    for (let k = from; k < to; k++) {
      const i = this.order[k] ?? 0
      const a = r.applicant[i] ?? 0
      if (total[a] === 0) seen.push(a)
      bump(total, a)
      bump(valid, a, this.valid[i] ?? 0)
      const g = r.granted[i] ?? 0
      if (g !== 0 && (year === undefined || Math.floor(g / 10000) === year)) bump(grants, a)
    }
    const key = by === 'grants' ? grants : valid
    return topOf(seen, key, options.limit ?? seen.length).map((a) => ({
      applicant: a,
      name: r.applicants[a] ?? '',
      type: APPLICANT_TYPES[this.applicantTypes[a] ?? 0] ?? 'enterprise',
      region: this.mainRegion(a),
      validInventions: valid[a] ?? 0,
      grants: grants[a] ?? 0,
      applications: total[a] ?? 0,
    }))
  }

  /** The region most of an applicant's records are in: one pass over its runs. */
  private mainRegion(applicant: number): string {
    let best = 0
    let most = 0
    for (let s = 0; s < this.names.length; s++) {
      const count = this.patentIndexes(applicant, s).length
      if (count > most) [best, most] = [s, count]
    }
    return this.names[best] ?? ''
  }

  /** An applicant's records in a region slot: a binary search for its run. */
  private patentIndexes(applicant: number, slot: number): Uint32Array {
    const from = this.slotStart[slot] ?? 0
    const to = this.slotStart[slot + 1] ?? 0
    const at = (k: number) => this.records.applicant[this.order[k] ?? 0] ?? 0
    const lower = (value: number) => {
      let lo = from
      let hi = to
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (at(mid) < value) lo = mid + 1
        else hi = mid
      }
      return lo
    }
    return this.order.subarray(lower(applicant), lower(applicant + 1))
  }

  /** An applicant's patents as first applicant (in a county, or anywhere in the city), newest filing first. */
  patents(applicant: number, region?: string): PatentItem[] {
    const slots =
      region === undefined || this.names.indexOf(region) <= 0
        ? this.names.map((_, s) => s)
        : [this.names.indexOf(region)]
    const indexes = slots.flatMap((s) => [...this.patentIndexes(applicant, s)])
    return indexes.map((i) => this.item(i)).sort((a, b) => b.filed - a.filed || a.number.localeCompare(b.number))
  }

  private item(i: number): PatentItem {
    const r = this.records
    return {
      number: r.number[i] ?? '',
      title: r.title[i] ?? '',
      type: PATENT_TYPES[r.type[i] ?? 3] ?? 'unknown',
      state: PATENT_STATES[r.state[i] ?? 3] ?? 'unknown',
      filed: r.filed[i] ?? 0,
      granted: r.granted[i] ?? 0,
      ipc: r.ipc[i] ?? '',
      coApplicants: r.coApplicants[i] ?? '',
      row: r.row[i] ?? 0,
    }
  }

  /** Valid invention patents by WIPO technology field (1–35) in a region, the largest first. */
  fields(region: string): { field: number; count: number }[] {
    const [from, to] = this.range(region)
    const counts = new Uint32Array(36)
    for (let k = from; k < to; k++) {
      const i = this.order[k] ?? 0
      if (this.valid[i]) bump(counts, this.records.field[i] ?? 0)
    }
    return [...counts.keys()]
      .filter((f) => f > 0 && (counts[f] ?? 0) > 0)
      .map((field) => ({ field, count: counts[field] ?? 0 }))
      .sort((a, b) => b.count - a.count || a.field - b.field)
  }
}

/** Adds `by` (1) to a count. */
function bump(counts: Uint32Array, at: number, by = 1): void {
  counts[at] = (counts[at] ?? 0) + by
}

/**
 * The `limit` items of the highest key (above 0), highest first, ties in item order: a histogram of
 * the keys finds the threshold, so only the items above it are sorted, not every applicant.
 */
function topOf(items: readonly number[], key: Uint32Array, limit: number): number[] {
  let max = 0
  for (const a of items) max = Math.max(max, key[a] ?? 0)
  const histogram = new Uint32Array(max + 1)
  for (const a of items) bump(histogram, key[a] ?? 0)
  let threshold = max
  for (let above = histogram[max] ?? 0; threshold > 1 && above < limit;) above += histogram[--threshold] ?? 0
  const kept = items.filter((a) => (key[a] ?? 0) >= Math.max(threshold, 1))
  kept.sort((a, b) => (key[b] ?? 0) - (key[a] ?? 0) || a - b)
  return kept.slice(0, limit)
}

/** Indexes of `keys` (each below `buckets`) in key order, stable; those whose `skip` is -1 are left out. */
function countingSort(keys: ArrayLike<number>, buckets: number, skip?: Int16Array): Uint32Array {
  const start = new Uint32Array(buckets + 1)
  let kept = 0
  for (let i = 0; i < keys.length; i++) {
    if (skip && skip[i] === -1) continue
    bump(start, (keys[i] ?? 0) + 1)
    kept++
  }
  for (let b = 1; b <= buckets; b++) start[b] = (start[b] ?? 0) + (start[b - 1] ?? 0)
  const out = new Uint32Array(kept)
  for (let i = 0; i < keys.length; i++) {
    if (skip && skip[i] === -1) continue
    const key = keys[i] ?? 0
    out[start[key] ?? 0] = i
    bump(start, key)
  }
  return out
}
