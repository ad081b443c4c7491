import type { Bulletin } from './bulletin'

/** "2023-04-20" as UTC milliseconds at noon, for a time axis shared with periods. */
export function dateTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12)
}

export interface BulletinEvents {
  readonly bulletin: Bulletin
  readonly first: string
  readonly last: string
}

/** The span of dated items in each bulletin about a region (its events are drawn together). */
export function bulletinEvents(bulletins: readonly Bulletin[], region: string): BulletinEvents[] {
  return bulletins
    .filter((b) => b.region === region && b.items.length > 0)
    .map((b) => ({ bulletin: b, first: b.items[0]?.date ?? b.date, last: b.items.at(-1)?.date ?? b.date }))
}
