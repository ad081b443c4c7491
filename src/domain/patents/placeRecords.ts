import type { Catalogue } from '../catalogue'
import type { Problem } from '../problem'
import type { Placement } from './place'
import type { PatentList } from './records'

/** Where a record's first applicant is: a county or district, a park of the city, the city without a county, or elsewhere. */
const PLACE_KINDS = ['county', 'park', 'unplaced', 'outside'] as const
type PlaceKind = (typeof PLACE_KINDS)[number]

/** Each record's place, as columns beside the records. */
export interface PatentPlaces {
  /** Per record: an index into PLACE_KINDS. */
  readonly kind: Uint8Array
  /** Per record: an index into `regions` (a county) or `parks` (a park); 0 otherwise. */
  readonly region: Uint16Array
  readonly regions: readonly string[]
  readonly parks: readonly string[]
  readonly counts: Readonly<Record<PlaceKind, number>>
  readonly problems: Problem[]
}

// A keyword search catches a few patents of other cities (衡阳路 in another city); a list where
// this many are elsewhere was exported for more than the city.
const MIXED_SHARE = 0.2

/**
 * Places every record by its first applicant's address, each distinct address once. `place` is
 * the lookup's reading of an address (placeAddress bound to the office's lookup): re-run this when
 * the analyst edits the lookup, the records stay as read.
 */
export function placeRecords(list: PatentList, place: (address: string) => Placement, home: string): PatentPlaces {
  const { records } = list
  const regions: string[] = []
  const parks: string[] = []
  const indexOf = (names: string[], name: string) => {
    const i = names.indexOf(name)
    return i >= 0 ? i : names.push(name) - 1
  }
  const byAddress = records.addresses.map((address) => {
    const p = place(address)
    if (p.kind === 'county') return { kind: 0, region: indexOf(regions, p.region) }
    if (p.kind === 'park') return { kind: 1, region: indexOf(parks, p.park) }
    return { kind: p.kind === 'unplaced' ? 2 : 3, region: 0 }
  })
  const kind = new Uint8Array(records.length)
  const region = new Uint16Array(records.length)
  const tally = [0, 0, 0, 0]
  let firstOutside = -1
  for (let i = 0; i < records.length; i++) {
    const p = byAddress[records.address[i] ?? 0] ?? { kind: 2, region: 0 }
    kind[i] = p.kind
    region[i] = p.region
    tally[p.kind] = (tally[p.kind] ?? 0) + 1
    if (p.kind === 3 && firstOutside < 0) firstOutside = i
  }
  const [county = 0, park = 0, unplaced = 0, outside = 0] = tally
  const problems: Problem[] = []
  if (records.length > 0 && outside / records.length >= MIXED_SHARE)
    problems.push({
      severity: 'warning',
      code: 'mixedCities',
      file: list.file,
      row: records.row[firstOutside] ?? 0,
      params: { outside, total: records.length, home },
    })
  return { kind, region, regions, parks, counts: { county, park, unplaced, outside }, problems }
}

/**
 * Per record: 0 for the city without a county (a park, or no county read), 1 + k for county k of
 * `counties`, -1 outside the city (left out of every figure).
 */
export function regionSlots(places: PatentPlaces, counties: readonly string[]): Int16Array {
  const countyOf = places.regions.map((name) => counties.indexOf(name))
  const slots = new Int16Array(places.kind.length)
  for (let i = 0; i < slots.length; i++) {
    const kind = places.kind[i]
    slots[i] = kind === 3 ? -1 : kind === 0 ? 1 + (countyOf[places.region[i] ?? 0] ?? -1) : 0
  }
  return slots
}

/** The home city's counties and districts, in the catalogue's order. */
export function countiesOf(catalogue: Catalogue, home: string): string[] {
  return [...catalogue.regions.values()].filter((r) => r.parent === home && r.level === 'county').map((r) => r.name)
}
