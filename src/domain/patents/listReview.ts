import { APPLICANT_TYPES, type ApplicantType } from './applicant'
import { isValidInvention } from './patentIndicators'
import type { PlaceLookup } from './place'
import type { PatentPlaces } from './placeRecords'
import type { PatentRecords } from './records'

/** An address the lookup could place in no county, with the records it holds and the park it named. */
export interface UnplacedAddress {
  readonly address: string
  readonly count: number
  /** The park the address was placed in ('' when it named none). */
  readonly park: string
}

/**
 * The addresses counted for the city without a county (in a park or with no county word), those
 * holding the most records first: the analyst adds their words to the lookup.
 */
export function unplacedAddresses(records: PatentRecords, places: PatentPlaces, limit: number): UnplacedAddress[] {
  const counts = new Map<number, number>()
  const parkOf = new Map<number, string>()
  for (let i = 0; i < records.length; i++) {
    const kind = places.kind[i]
    if (kind !== 1 && kind !== 2) continue
    const a = records.address[i] ?? 0
    counts.set(a, (counts.get(a) ?? 0) + 1)
    if (kind === 1) parkOf.set(a, places.parks[places.region[i] ?? 0] ?? '')
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([a, count]) => ({ address: records.addresses[a] ?? '', count, park: parkOf.get(a) ?? '' }))
}

/** The city's valid invention patents (records outside it left out) by their first applicant's type. */
export function validInventionsByType(
  records: PatentRecords,
  places: PatentPlaces,
  applicantTypes: Uint8Array,
): Record<ApplicantType, number> {
  const out = Object.fromEntries(APPLICANT_TYPES.map((t) => [t, 0])) as Record<ApplicantType, number>
  for (let i = 0; i < records.length; i++) {
    if (places.kind[i] === 3 || !isValidInvention(records, i)) continue
    const type = APPLICANT_TYPES[applicantTypes[records.applicant[i] ?? 0] ?? -1]
    if (type) out[type]++
  }
  return out
}

/** The parks the lookup names, which an address may be placed in. */
export const lookupParks = (lookup: PlaceLookup): string[] => [
  ...new Set(lookup.rules.filter((r) => r.kind === 'park').map((r) => r.target)),
]
