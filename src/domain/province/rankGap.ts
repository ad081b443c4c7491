import type { Observation } from '../observation'
import type { Ranked } from './rank'

/** The nearest city ranked above or below, and how far its figure is from the region's. */
export interface Neighbour {
  readonly region: string
  readonly rank: number
  readonly value: number
  /** The difference, rounded to the figures' own decimals so 7.66 − 7.08 reads 0.58. */
  readonly gap: number
}

const decimals = (v: number) => (String(v).split('.')[1] ?? '').length

function neighbour(mine: Ranked<Observation>, other: Ranked<Observation> | undefined): Neighbour | undefined {
  if (!other) return undefined
  const places = Math.max(decimals(mine.value), decimals(other.value))
  const gap = Number(Math.abs(other.value - mine.value).toFixed(places))
  return { region: other.item.region, rank: other.rank, value: other.value, gap }
}

/**
 * The places just above and just below a region in a ranking: the nearest city with a higher figure
 * and the nearest with a lower one (a city tied with the region is neither).
 */
export function rankNeighbours(
  ranked: readonly Ranked<Observation>[],
  region: string,
): { above?: Neighbour; below?: Neighbour } {
  const mine = ranked.find((r) => r.item.region === region)
  if (!mine) return {}
  const above = ranked.filter((r) => r.value > mine.value).at(-1)
  const below = ranked.find((r) => r.value < mine.value)
  const a = neighbour(mine, above)
  const b = neighbour(mine, below)
  return { ...(a ? { above: a } : {}), ...(b ? { below: b } : {}) }
}
