import type { Period } from '../period'
import type { Bulletin, BulletinItem } from './bulletin'
import { byCodeUnits } from '../order'

/** "2023-04-20" as UTC milliseconds at noon, for a time axis shared with periods. */
export function dateTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12)
}

interface BulletinEvent {
  readonly bulletin: Bulletin
  readonly item: BulletinItem
}

/** The events of one month: drawn as one mark, so a busy week never crowds the axis. */
export interface EventMonth {
  readonly month: Extract<Period, { type: 'month' }>
  /** The earliest event's date, where the mark stands. */
  readonly first: string
  /** Oldest first; an event two bulletins both report is listed once. */
  readonly events: readonly BulletinEvent[]
  /** The bulletins that report them, in the order of their first event. */
  readonly bulletins: readonly Bulletin[]
}

/** Every dated item of every bulletin about a region, grouped by calendar month, oldest first. */
export function eventMonths(bulletins: readonly Bulletin[], region: string): EventMonth[] {
  const seen = new Set<string>()
  const events = bulletins
    .filter((b) => b.region === region)
    .flatMap((bulletin) => bulletin.items.map((item) => ({ bulletin, item })))
    .sort((a, b) => byCodeUnits(a.item.date, b.item.date))
    .filter(({ item }) => {
      const key = `${item.date} ${item.title}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  const months = new Map<string, BulletinEvent[]>()
  for (const e of events) {
    const key = e.item.date.slice(0, 7)
    months.set(key, [...(months.get(key) ?? []), e])
  }
  return [...months.values()].flatMap((list) => {
    const first = list[0]
    if (!first) return []
    const [year, month] = first.item.date.split('-').map(Number)
    return [
      {
        month: { type: 'month' as const, year: year ?? 0, month: month ?? 0 },
        first: first.item.date,
        events: list,
        bulletins: [...new Set(list.map((e) => e.bulletin))],
      },
    ]
  })
}
