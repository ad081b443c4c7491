import type { Bulletin, BulletinItem } from '@/domain/bulletin/bulletin'

/**
 * A bulletin shaped like a later issue of the embedded one, for tests of ordering and grouping:
 * its own id, date and items (no cited figures, so it states nothing about the data).
 */
export function laterBulletin(base: Bulletin, id: string, date: string, items: readonly [string, string][]): Bulletin {
  const dated: BulletinItem[] = items.map(([day, title]) => ({
    date: day,
    title,
    titleEn: '',
    summary: '',
    summaryEn: '',
    figures: [],
    claims: [],
  }))
  return { ...base, id, issue: id, issueEn: id, date, published: date, items: dated }
}
