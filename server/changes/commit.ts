import type { VersionInfo } from '../../src/domain/version'
import type { Prepared } from '../checking/tasks'
import { staleVersion, writeFailed } from '../errors'
import { WriteMismatch } from '../store/integrity'
import type { NewVersion, VersionStore } from '../store/versions'

/** What a write says about itself besides its content (when and what counts are filled in here). */
export type ChangeMeta = Omit<NewVersion, 'at' | 'counts'>

/** Refuses (409) a write made on top of `baseVersion` unless that is still current. */
export function checkBase(store: VersionStore, baseVersion: number): void {
  if (baseVersion !== store.current) throw staleVersion(baseVersion, store.current)
}

/**
 * Runs a write on top of the current version, one at a time (`make` checks that the request was
 * made on top of it, with `checkBase` or on the checking thread), then commits it as the next version.
 */
export function commitChange(
  store: VersionStore,
  make: (version: number, at: string) => Promise<{ prepared: Prepared; meta: ChangeMeta }>,
): Promise<VersionInfo> {
  return store.exclusive(async () => {
    const baseVersion = store.current
    const at = new Date().toISOString()
    const { prepared, meta } = await make(baseVersion + 1, at)
    if (prepared.baseProblems !== undefined) store.noteProblemCount(baseVersion, prepared.baseProblems)
    try {
      return await store.commit(
        prepared.files,
        { ...meta, at, counts: prepared.counts },
        prepared.problems,
        prepared.hashes,
      )
    } catch (e) {
      if (e instanceof WriteMismatch) throw writeFailed(e.message)
      throw writeFailed(e instanceof Error && 'code' in e ? String(e.code) : 'I/O')
    }
  })
}
