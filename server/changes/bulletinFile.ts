import { parseBulletin } from '../../src/domain/bulletin/bulletin'
import { bulletinFileName } from '../../src/domain/bulletin/bulletinMarkdown'
import { invalidData } from '../errors'
import { textOf, type VersionFiles } from '../store/versionFiles'

/**
 * Puts a published bulletin into a version's files, checked with the browser's own parser: an issue
 * already published (same id) is replaced in the file it was in, a new one gets a file of its own.
 * Returns the manifest's list of bulletin files.
 */
export function placeBulletin(base: VersionFiles, files: Map<string, Uint8Array | string>, text: string): string[] {
  const { bulletin, problems } = parseBulletin(text, 'bulletin')
  if (!bulletin) throw invalidData(problems)
  const names = [...base.manifest.bulletins]
  const same = names.find((n) => parseBulletin(textOf(base.files.get(n)), n).bulletin?.id === bulletin.id)
  let name = same ?? bulletinFileName(bulletin)
  for (let n = 2; !same && names.includes(name); n++) name = bulletinFileName({ id: `${bulletin.id}-${n}` })
  files.set(name, text)
  return same ? names : [...names, name]
}
