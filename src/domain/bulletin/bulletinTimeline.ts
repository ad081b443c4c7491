import type { Bulletin } from './bulletin'
import { byCodeUnits } from '../order'

const year = (b: Bulletin) => Number(b.date.slice(0, 4))

/** Bulletins newest first (by issue date; the same date by id, so the order never flickers). */
function newestFirst(bulletins: readonly Bulletin[]): Bulletin[] {
  return [...bulletins].sort((a, b) => byCodeUnits(b.date, a.date) || byCodeUnits(b.id, a.id))
}

/** The years bulletins were issued in, newest first. */
export function bulletinYears(bulletins: readonly Bulletin[]): number[] {
  return [...new Set(bulletins.map(year))].sort((a, b) => b - a)
}

/** The timeline of one year (every year when none is given), newest first. */
export function timeline(bulletins: readonly Bulletin[], onlyYear?: number): Bulletin[] {
  return newestFirst(onlyYear === undefined ? bulletins : bulletins.filter((b) => year(b) === onlyYear))
}

/** The newest bulletin about a region. */
export function latestBulletin(bulletins: readonly Bulletin[], region: string): Bulletin | undefined {
  return newestFirst(bulletins.filter((b) => b.region === region))[0]
}
