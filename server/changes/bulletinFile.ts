import { parseBulletin } from '../../src/domain/bulletin/bulletin'
import { BULLETIN_LIMITS, bulletinProblems } from '../../src/domain/bulletin/bulletinChecks'
import { bulletinFileName } from '../../src/domain/bulletin/bulletinMarkdown'
import type { Problem } from '../../src/domain/problem'
import { invalidData } from '../errors'
import { textOf, type VersionFiles } from '../store/versionFiles'

/** The manifest's list of bulletin files after a publish, and whether the bulletin changed anything. */
export interface PlacedBulletin {
  readonly names: string[]
  readonly changed: boolean
}

/**
 * Puts a published bulletin into a version's files, checked with the browser's own parser and held
 * to the figures' rules (bulletinChecks.ts: a warning there is an error here, as a figure's source
 * is): an issue already published (same id) is replaced in the file it was in, or left as it is when
 * it reads the same; a new one gets a file of its own, within the number of issues a version holds.
 */
export function placeBulletin(
  base: VersionFiles,
  files: Map<string, Uint8Array | string>,
  text: string,
): PlacedBulletin {
  const { bulletin, problems } = parseBulletin(text, 'bulletin')
  const refused: Problem[] = [...problems, ...bulletinProblems(text, 'bulletin')].map((p) => ({
    ...p,
    severity: 'error',
  }))
  if (!bulletin || refused.length) throw invalidData(refused)
  const names = [...base.manifest.bulletins]
  const published = new Map(names.map((n) => [n, parseBulletin(textOf(base.files.get(n)), n).bulletin]))
  const same = names.find((n) => published.get(n)?.id === bulletin.id)
  // Read as the browser reads it: other line breaks or a byte-order mark change nothing anyone sees.
  if (same && JSON.stringify(published.get(same)) === JSON.stringify(bulletin)) return { names, changed: false }
  if (!same && names.length >= BULLETIN_LIMITS.bulletins)
    throw invalidData([
      {
        severity: 'error',
        code: 'tooManyBulletins',
        file: 'bulletin',
        params: { size: names.length + 1, max: BULLETIN_LIMITS.bulletins },
      },
    ])
  let name = same ?? bulletinFileName(bulletin)
  for (let n = 2; !same && names.includes(name); n++) name = bulletinFileName({ id: `${bulletin.id}-${n}` })
  files.set(name, text)
  return { names: same ? names : [...names, name], changed: true }
}
