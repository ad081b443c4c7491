import { APPLICANT_TYPES, type ApplicantType } from './applicant'
import { isValidInvention } from './patentIndicators'
import { regionSlots, type PatentPlaces } from './placeRecords'
import { PATENT_STATES, PATENT_TYPES, type PatentRecords, type PatentState, type PatentType } from './records'
import { TECH_FIELDS } from './techField'

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

/** An applicant's applications and grants in one year. */
export interface YearCounts {
  readonly year: number
  readonly applications: number
  readonly grants: number
}

/** One technology sector's valid inventions, its fields the largest first. */
export interface SectorCounts {
  readonly sector: string
  readonly sectorEn: string
  readonly count: number
  readonly fields: readonly { field: number; count: number }[]
}

export interface ApplicantQuery {
  /** Grants counted in this year only. */
  readonly year?: number
  readonly limit?: number
  /** Only applicants of this type. */
  readonly type?: ApplicantType
}

const FIELDS = 36
const year = (day: number) => Math.floor(day / 10000)

/**
 * Records grouped by region, then by first applicant, with counting sorts; each (region, applicant)
 * group's counts and each region's ranking of them are worked out once, when the index is built, so
 * a drill step slices a ranking or reads one applicant's run instead of scanning the list.
 * Records outside the city are left out.
 */
export class PatentIndex {
  /** Record indexes ordered by region slot, then applicant. */
  private readonly order: Uint32Array
  /** Where each region slot's run starts in `order` (one more entry than slots). */
  private readonly slotStart: Uint32Array
  private readonly names: readonly string[]
  private readonly groups: Groups
  private readonly totals: RegionTotals[]
  /** Per applicant: its totals over the city, and the slot most of its records are in. */
  private readonly city: { valid: Uint32Array; grants: Uint32Array; apps: Uint32Array; main: Uint16Array }
  /** Per slot (0 = the city): its applicants' groups (the city's: applicants), most valid inventions first. */
  private readonly byValid: Uint32Array[]
  private readonly byGrants: Uint32Array[]
  /** Valid inventions per slot (0 = the city), applicant type and field: [(slot × types + type) × 36 + field]. */
  private readonly fieldCounts: Uint32Array
  /** Granted records ordered by grant year, and where each year's run starts. */
  private readonly grantOrder: Uint32Array
  private readonly grantYearStart: Uint32Array
  private readonly grantFirstYear: number
  /** The years of the list's filings and grants. */
  private readonly firstYear: number
  private readonly lastYear: number

  constructor(
    private readonly records: PatentRecords,
    places: PatentPlaces,
    private readonly applicantTypes: Uint8Array,
    home: string,
    counties: readonly string[],
  ) {
    this.names = [home, ...counties]
    const slots = regionSlots(places, counties)
    const byApplicant = countingSort(records.applicant, records.applicants.length, slots)
    const slotKey = new Int16Array(byApplicant.length)
    for (let k = 0; k < byApplicant.length; k++) slotKey[k] = slots[byApplicant[k] ?? 0] ?? 0
    const sorted = countingSort(slotKey, this.names.length)
    this.order = new Uint32Array(sorted.length)
    for (let k = 0; k < sorted.length; k++) this.order[k] = byApplicant[sorted[k] ?? 0] ?? 0
    this.slotStart = new Uint32Array(this.names.length + 1)
    for (let k = 0; k < slotKey.length; k++) bump(this.slotStart, (slotKey[k] ?? 0) + 1)
    for (let s = 1; s < this.slotStart.length; s++)
      this.slotStart[s] = (this.slotStart[s] ?? 0) + (this.slotStart[s - 1] ?? 0)
    const scanned = scan(records, this.order, this.slotStart, applicantTypes)
    this.groups = scanned.groups
    this.fieldCounts = scanned.fields
    this.city = cityTotals(this.groups, records.applicants.length)
    this.totals = this.regionTotals()
    this.byValid = this.rankings(this.groups.valid, this.city.valid)
    this.byGrants = this.rankings(this.groups.grants, this.city.grants)
    const grants = byGrantYear(scanned.grantYear, scanned.years)
    this.grantOrder = grants.order
    this.grantYearStart = grants.yearStart
    this.grantFirstYear = grants.first
    this.firstYear = scanned.years.first
    this.lastYear = scanned.years.last
  }

  private slotOf(region: string): number {
    return Math.max(0, this.names.indexOf(region))
  }

  /** Each slot's groups by `key` (the city's applicants by `cityKey`), the largest first, those at 0 left out. */
  private rankings(key: Uint32Array, cityKey: Uint32Array): Uint32Array[] {
    const g = this.groups
    const desc = countingSortDesc(key, g.applicant.length)
    const out = [rankedAbove(countingSortDesc(cityKey, cityKey.length), cityKey)]
    for (let s = 1; s < this.names.length; s++) {
      const from = g.slotStart[s] ?? 0
      const to = g.slotStart[s + 1] ?? 0
      out.push(
        rankedAbove(
          desc.filter((x) => x >= from && x < to),
          key,
        ),
      )
    }
    return out
  }

  regions(): RegionTotals[] {
    return this.totals.map((t) => ({ ...t }))
  }

  /** Each slot's totals from its groups; the city's are every slot's. */
  private regionTotals(): RegionTotals[] {
    const g = this.groups
    const own = this.names.map((region, s) => {
      const t = { region, applications: 0, grants: 0, validInventions: 0 }
      for (let x = g.slotStart[s] ?? 0; x < (g.slotStart[s + 1] ?? 0); x++) {
        t.applications += g.apps[x] ?? 0
        t.grants += g.grants[x] ?? 0
        t.validInventions += g.valid[x] ?? 0
      }
      return t
    })
    const sum = (f: (t: RegionTotals) => number) => own.reduce((a, t) => a + f(t), 0)
    const city = {
      region: this.names[0] ?? '',
      applications: sum((t) => t.applications),
      grants: sum((t) => t.grants),
      validInventions: sum((t) => t.validInventions),
    }
    return [city, ...own.slice(1)]
  }

  /**
   * A region's applicants, the most valid invention patents (or grants, in `year` or in all years)
   * first, as first applicants of the region's records; those with none left out, ties in the
   * order of the list's applicants.
   */
  applicants(region: string, by: 'validInventions' | 'grants', query: ApplicantQuery = {}): ApplicantRow[] {
    const slot = this.slotOf(region)
    const limit = query.limit ?? Infinity
    const keep = (a: number) => query.type === undefined || APPLICANT_TYPES[this.applicantTypes[a] ?? 0] === query.type
    if (by === 'grants' && query.year !== undefined) {
      const { counts, seen } = this.grantsIn(query.year, slot)
      return topOf(seen.filter(keep), counts, limit).map((a) => this.row(a, slot, counts[a] ?? 0))
    }
    const ranking = (by === 'grants' ? this.byGrants : this.byValid)[slot] ?? new Uint32Array()
    const rows: ApplicantRow[] = []
    for (let k = 0; k < ranking.length && rows.length < limit; k++) {
      const x = ranking[k] ?? 0
      const a = slot === 0 ? x : (this.groups.applicant[x] ?? 0)
      if (!keep(a)) continue
      const grants = query.year === undefined ? undefined : this.grantsOfIn(a, slot, query.year)
      rows.push(this.row(a, slot, grants))
    }
    return rows
  }

  private row(a: number, slot: number, grantsInYear?: number): ApplicantRow {
    const x = slot === 0 ? -1 : this.groupOf(a, slot)
    const pick = (group: Uint32Array, city: Uint32Array) => (slot === 0 ? (city[a] ?? 0) : (group[x] ?? 0))
    return {
      applicant: a,
      name: this.records.applicants[a] ?? '',
      type: APPLICANT_TYPES[this.applicantTypes[a] ?? 0] ?? 'enterprise',
      region: this.names[this.city.main[a] ?? 0] ?? '',
      validInventions: pick(this.groups.valid, this.city.valid),
      grants: grantsInYear ?? pick(this.groups.grants, this.city.grants),
      applications: pick(this.groups.apps, this.city.apps),
    }
  }

  /** Grants in `y` by applicant, in a slot (0: the whole city): one pass over that year's grants. */
  private grantsIn(y: number, slot: number): { counts: Uint32Array; seen: number[] } {
    const counts = new Uint32Array(this.records.applicants.length)
    const seen: number[] = []
    const at = y - this.grantFirstYear
    if (at < 0 || at + 1 >= this.grantYearStart.length) return { counts, seen }
    const from = this.slotStart[slot] ?? 0
    const to = this.slotStart[slot + 1] ?? 0
    for (let k = this.grantYearStart[at] ?? 0; k < (this.grantYearStart[at + 1] ?? 0); k++) {
      const position = this.grantOrder[k] ?? 0
      if (slot !== 0 && (position < from || position >= to)) continue
      const a = this.records.applicant[this.order[position] ?? 0] ?? 0
      if (counts[a] === 0) seen.push(a)
      bump(counts, a)
    }
    return { counts, seen }
  }

  private grantsOfIn(a: number, slot: number, y: number): number {
    let count = 0
    for (const i of this.indexesOf(a, slot)) if (year(this.records.granted[i] ?? 0) === y) count++
    return count
  }

  /** The group of an applicant in a county's slot (-1 for none): a binary search of the slot's groups. */
  private groupOf(a: number, slot: number): number {
    const g = this.groups
    let lo = g.slotStart[slot] ?? 0
    let hi = g.slotStart[slot + 1] ?? 0
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((g.applicant[mid] ?? 0) < a) lo = mid + 1
      else hi = mid
    }
    return lo < (g.slotStart[slot + 1] ?? 0) && g.applicant[lo] === a ? lo : -1
  }

  /** An applicant's records in a slot (0: in the whole city). */
  private indexesOf(a: number, slot: number): number[] {
    const g = this.groups
    const slots = slot === 0 ? this.names.map((_, s) => s) : [slot]
    return slots.flatMap((s) => {
      const x = this.groupOf(a, s)
      return x < 0 ? [] : [...this.order.subarray(g.start[x] ?? 0, g.start[x + 1] ?? 0)]
    })
  }

  /** An applicant's name as the list writes it (made uniform). */
  applicantName(applicant: number): string {
    return this.records.applicants[applicant] ?? ''
  }

  /** The years the list's filings and grants cover, the latest first. */
  years(): number[] {
    return Array.from({ length: Math.max(0, this.lastYear - this.firstYear + 1) }, (_, k) => this.lastYear - k)
  }

  /** How many patents an applicant holds as first applicant (in a county, or in the city). */
  patentCount(applicant: number, region?: string): number {
    if (region === undefined || this.slotOf(region) === 0) return this.city.apps[applicant] ?? 0
    const x = this.groupOf(applicant, this.slotOf(region))
    return x < 0 ? 0 : (this.groups.apps[x] ?? 0)
  }

  /**
   * An applicant's patents as first applicant (in a county, or anywhere in the city), newest filing
   * first: `limit` of them from `offset`, so a page of a large holder's list is all that is made.
   */
  patents(applicant: number, region?: string, page: { offset?: number; limit?: number } = {}): PatentItem[] {
    const r = this.records
    const indexes = this.indexesOf(applicant, region === undefined ? 0 : this.slotOf(region))
    indexes.sort(
      (a, b) => (r.filed[b] ?? 0) - (r.filed[a] ?? 0) || (r.number[a] ?? '').localeCompare(r.number[b] ?? ''),
    )
    const offset = page.offset ?? 0
    return indexes.slice(offset, offset + (page.limit ?? indexes.length)).map((i) => this.item(i))
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

  /**
   * An applicant's applications (by filing year) and grants (by grant year), every year the list
   * covers, so trends of several applicants line up.
   */
  trend(applicant: number, region?: string): YearCounts[] {
    const span = this.lastYear - this.firstYear + 1
    const filed = new Uint32Array(Math.max(0, span))
    const granted = new Uint32Array(Math.max(0, span))
    for (const i of this.indexesOf(applicant, region === undefined ? 0 : this.slotOf(region))) {
      const f = year(this.records.filed[i] ?? 0) - this.firstYear
      const g = year(this.records.granted[i] ?? 0) - this.firstYear
      if (f >= 0) bump(filed, f)
      if (g >= 0) bump(granted, g)
    }
    return [...filed.keys()].map((k) => ({
      year: this.firstYear + k,
      applications: filed[k] ?? 0,
      grants: granted[k] ?? 0,
    }))
  }

  /** Valid invention patents by WIPO technology field (1–35) in a region, the largest first. */
  fields(region: string, type?: ApplicantType): { field: number; count: number }[] {
    const counts = new Uint32Array(FIELDS)
    const base = this.slotOf(region) * APPLICANT_TYPES.length
    APPLICANT_TYPES.forEach((t, k) => {
      if (type !== undefined && t !== type) return
      for (let f = 0; f < FIELDS; f++) bump(counts, f, this.fieldCounts[(base + k) * FIELDS + f] ?? 0)
    })
    return [...counts.keys()]
      .filter((f) => f > 0 && (counts[f] ?? 0) > 0)
      .map((field) => ({ field, count: counts[field] ?? 0 }))
      .sort((a, b) => b.count - a.count || a.field - b.field)
  }
}

/** Fields grouped by WIPO's five sectors, in the concordance's order, sectors without a patent left out. */
export function bySector(fields: readonly { field: number; count: number }[]): SectorCounts[] {
  const sectors: SectorCounts[] = []
  for (const f of TECH_FIELDS) {
    const last = sectors.at(-1)
    if (last?.sector !== f.sector) sectors.push({ sector: f.sector, sectorEn: f.sectorEn, count: 0, fields: [] })
  }
  return sectors
    .map((s) => {
      const own = fields.filter((f) => TECH_FIELDS[f.field - 1]?.sector === s.sector)
      return { ...s, fields: own, count: own.reduce((a, f) => a + f.count, 0) }
    })
    .filter((s) => s.count > 0)
}

/** The runs of (slot, applicant) in the index's order, and each one's counts. */
interface Groups {
  /** Where each group starts in the order (one more entry than groups). */
  readonly start: Uint32Array
  readonly applicant: Uint32Array
  /** Where each slot's groups start (one more entry than slots). */
  readonly slotStart: Uint32Array
  readonly valid: Uint32Array
  readonly grants: Uint32Array
  readonly apps: Uint32Array
}

// A record's facts the grouping reads, packed in one number so the pass in the index's order reads
// two arrays at random, not six: its field (6 bits), whether it is a valid invention, its grant year.
const VALID_BIT = 1 << 6
const YEAR_SHIFT = 7

/** Each record's packed facts, and the first and last year of filings and grants: in record order. */
function packFacts(records: PatentRecords) {
  const { filed, granted, field } = records
  const packed = new Uint32Array(records.length)
  let first = Infinity
  let last = -Infinity
  for (let i = 0; i < records.length; i++) {
    const f = year(filed[i] ?? 0)
    const g = year(granted[i] ?? 0)
    if (f > 0 && f < first) first = f
    if (f > last) last = f
    if (g > last) last = g
    packed[i] = (g << YEAR_SHIFT) | (isValidInvention(records, i) ? VALID_BIT : 0) | (field[i] ?? 0)
  }
  return { packed, first, last }
}

/**
 * One pass over the index's order: the (slot, applicant) groups and their counts, valid inventions
 * by slot, applicant type and field, and each position's grant year.
 */
function scan(records: PatentRecords, order: Uint32Array, slotStart: Uint32Array, types: Uint8Array) {
  const { applicant } = records
  const { packed, first, last } = packFacts(records)
  // At most one group a record: cut to size at the end.
  const start = new Uint32Array(order.length + 1)
  const valid = new Uint32Array(order.length)
  const grants = new Uint32Array(order.length)
  const groupSlotStart = new Uint32Array(slotStart.length)
  const row = APPLICANT_TYPES.length * FIELDS
  const fields = new Uint32Array((slotStart.length - 1) * row)
  const grantYear = new Uint16Array(order.length)
  let firstGrant = Infinity
  let n = 0
  let s = 0
  let previous = -1
  for (let k = 0; k < order.length; k++) {
    while (k >= (slotStart[s + 1] ?? 0)) {
      groupSlotStart[++s] = n
      previous = -1
    }
    const i = order[k] ?? 0
    const a = applicant[i] ?? 0
    if (a !== previous) {
      start[n++] = k
      previous = a
    }
    const p = packed[i] ?? 0
    const g = p >>> YEAR_SHIFT
    if (g > 0) {
      if (g < firstGrant) firstGrant = g
      grantYear[k] = g
      bump(grants, n - 1)
    }
    if (p & VALID_BIT) {
      bump(valid, n - 1)
      bump(fields, s * row + (types[a] ?? 0) * FIELDS + (p & (VALID_BIT - 1)))
    }
  }
  while (s + 1 < slotStart.length) groupSlotStart[++s] = n
  // Slot 0 holds the records of no county; with every county's, they are the city's.
  for (let x = row; x < fields.length; x++) bump(fields, x % row, fields[x] ?? 0)
  start[n] = order.length
  const starts = start.slice(0, n + 1)
  const groups: Groups = {
    start: starts,
    applicant: starts.subarray(0, n).map((k) => applicant[order[k] ?? 0] ?? 0),
    slotStart: groupSlotStart,
    valid: valid.slice(0, n),
    grants: grants.slice(0, n),
    apps: starts.subarray(0, n).map((k, x) => (starts[x + 1] ?? 0) - k),
  }
  return { groups, fields, grantYear, years: { first, last, firstGrant } }
}

function cityTotals(g: Groups, applicants: number) {
  const city = {
    valid: new Uint32Array(applicants),
    grants: new Uint32Array(applicants),
    apps: new Uint32Array(applicants),
    main: new Uint16Array(applicants),
  }
  const most = new Uint32Array(applicants)
  let slot = 0
  for (let x = 0; x < g.applicant.length; x++) {
    while (x >= (g.slotStart[slot + 1] ?? 0)) slot++
    const a = g.applicant[x] ?? 0
    bump(city.valid, a, g.valid[x] ?? 0)
    bump(city.grants, a, g.grants[x] ?? 0)
    bump(city.apps, a, g.apps[x] ?? 0)
    // Slots come in order: the first slot of the most records wins a tie.
    if ((g.apps[x] ?? 0) > (most[a] ?? 0)) {
      most[a] = g.apps[x] ?? 0
      city.main[a] = slot
    }
  }
  return city
}

/** Positions of granted records by grant year, stable, and where each year's run starts. */
function byGrantYear(grantYear: Uint16Array, years: { firstGrant: number; last: number }) {
  if (years.firstGrant > years.last) return { order: new Uint32Array(), yearStart: new Uint32Array(1), first: 0 }
  const first = years.firstGrant
  const yearStart = new Uint32Array(years.last - first + 2)
  for (const y of grantYear) if (y > 0) bump(yearStart, y - first + 1)
  for (let y = 1; y < yearStart.length; y++) bump(yearStart, y, yearStart[y - 1] ?? 0)
  const next = yearStart.slice()
  const order = new Uint32Array(yearStart[yearStart.length - 1] ?? 0)
  for (let k = 0; k < grantYear.length; k++) {
    const y = grantYear[k] ?? 0
    if (y === 0) continue
    order[next[y - first] ?? 0] = k
    bump(next, y - first)
  }
  return { order, yearStart, first }
}

/** Adds `by` (1) to a count. */
function bump(counts: Uint32Array, at: number, by = 1): void {
  counts[at] = (counts[at] ?? 0) + by
}

/** A ranking cut where its key reaches 0. */
function rankedAbove(ranked: Uint32Array, key: Uint32Array): Uint32Array {
  let end = 0
  while (end < ranked.length && (key[ranked[end] ?? 0] ?? 0) > 0) end++
  return ranked.subarray(0, end)
}

/** The `limit` items of the highest count first, ties by item. */
function topOf(items: number[], counts: Uint32Array, limit: number): number[] {
  items.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b)
  return items.slice(0, limit)
}

/** Indexes 0..n-1 by `key` from the largest, stable: a counting sort on the keys. */
function countingSortDesc(key: Uint32Array, n: number): Uint32Array {
  let max = 0
  for (let i = 0; i < n; i++) max = Math.max(max, key[i] ?? 0)
  const flipped = new Uint32Array(n)
  for (let i = 0; i < n; i++) flipped[i] = max - (key[i] ?? 0)
  return countingSort(flipped, max + 1)
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
