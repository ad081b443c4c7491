import type { VersionCounts } from '../../src/domain/version'
import type { VersionFiles } from '../store/versionFiles'

/** A new version's content and how it differs from the current one. */
export interface Change {
  readonly files: VersionFiles
  readonly counts: VersionCounts
  /** Problems the browser will find loading it (none, unless the base already had some). */
  readonly problems: number
}
