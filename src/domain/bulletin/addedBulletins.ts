import { parseBulletin, type Bulletin } from './bulletin'
import { byCodeUnits } from '../order'

/**
 * Bulletins with others added over them (texts in the bulletin format, oldest first): an issue with
 * the same id as one before replaces it, never shows twice. Newest first, as published ones are.
 */
export function withAddedBulletins(base: readonly Bulletin[], added: readonly string[]): readonly Bulletin[] {
  if (added.length === 0) return base
  const byId = new Map(base.map((b) => [b.id, b]))
  for (const [i, text] of added.entries()) {
    const b = parseBulletin(text, `added-${i + 1}.md`).bulletin
    if (b) byId.set(b.id, b)
  }
  return [...byId.values()].sort((a, b) => byCodeUnits(b.date, a.date))
}
