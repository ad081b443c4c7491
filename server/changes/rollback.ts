import { observationKey } from '../../src/domain/observation'
import type { Problem } from '../../src/domain/problem'
import type { PublishedStamp } from '../store/manifest'
import { assembleVersion, type VersionFiles } from '../store/versionFiles'
import type { Change } from './change'
import { sameFigure } from './figures'

/**
 * A rollback: the earlier version's files as they were, under a manifest naming the new version,
 * and the first error the browser finds loading them (a version with one is not to be restored).
 */
export function applyRollback(
  current: VersionFiles,
  target: VersionFiles,
  stamp: PublishedStamp,
): Change & { readonly firstError?: Problem } {
  const next: VersionFiles = { manifest: { ...target.manifest, published: stamp }, files: target.files }
  const now = new Map(assembleVersion(current).dataset.observations.map((o) => [observationKey(o), o]))
  const restored = assembleVersion(target)
  const then = restored.dataset.observations
  let added = 0
  let changed = 0
  let unchanged = 0
  for (const o of then) {
    const c = now.get(observationKey(o))
    if (!c) added++
    else if (sameFigure(c, o)) unchanged++
    else changed++
  }
  const counts = { added, changed, unchanged, removed: now.size - changed - unchanged, observations: then.length }
  const firstError = restored.problems.find((p) => p.severity === 'error')
  return { files: next, counts, problems: restored.problems.length, ...(firstError ? { firstError } : {}) }
}
