import type { PublishRequest } from '../../contract/api'
import type { VersionCounts } from '../../src/domain/version'
import { applyPublish, publishOf } from '../changes/publish'
import { applyRollback } from '../changes/rollback'
import { checkText } from '../changes/text'
import { ApiError, damagedVersion, writeFailed } from '../errors'
import { DamagedState, exactBytes, hashesOf, WriteMismatch, type FileHashes } from '../store/integrity'
import type { PublishedStamp } from '../store/manifest'
import { assembleVersion, filesToWrite, readVersionFiles, type VersionFiles } from '../store/versionFiles'

/** A version on disk as a task names it: where, which number, and the hashes its meta.json records. */
interface StoredVersion {
  readonly version: number
  readonly dir: string
  readonly hashes?: FileHashes
}

export type Task =
  | {
      readonly kind: 'publish'
      readonly stateDir: string
      readonly base: StoredVersion
      readonly baseProblems?: number
      readonly body: PublishRequest
      readonly stamp: PublishedStamp
      readonly maxFigures: number
    }
  | {
      readonly kind: 'rollback'
      readonly stateDir: string
      readonly current: StoredVersion
      readonly target: StoredVersion
      readonly stamp: PublishedStamp
    }

/** A new version, ready to write: every file as bytes, their SHA-256, and how it differs. */
export interface Prepared {
  readonly files: Map<string, Uint8Array>
  readonly hashes: FileHashes
  readonly counts: VersionCounts
  readonly problems: number
  /** Problems the base version of a publish has (counted here when the caller did not know). */
  readonly baseProblems?: number
}

async function load(stateDir: string, v: StoredVersion): Promise<VersionFiles> {
  try {
    return await readVersionFiles(v.dir, { root: stateDir, hashes: v.hashes })
  } catch (e) {
    if (e instanceof DamagedState) throw damagedVersion(v.version, e)
    throw e
  }
}

/** Text that UTF-8 would not hold as it is never becomes a version (checkText refuses it before). */
function bytesOf(name: string, data: Uint8Array | string): Uint8Array {
  try {
    return typeof data === 'string' ? exactBytes(name, data) : data
  } catch (e) {
    if (e instanceof WriteMismatch) throw writeFailed(e.message)
    throw e
  }
}

function prepared(files: VersionFiles, counts: VersionCounts, problems: number, baseProblems?: number): Prepared {
  const bytes = new Map<string, Uint8Array>()
  for (const [name, data] of filesToWrite(files)) bytes.set(name, bytesOf(name, data))
  const hashes = hashesOf(new Map([...bytes].map(([name, data]) => [`data/${name}`, data])))
  return { files: bytes, hashes, counts, problems, baseProblems }
}

const nothingChanged = (version: number, withBulletin: boolean) =>
  new ApiError(
    422,
    'nothingChanged',
    withBulletin
      ? {
          zh: `这期简报和这些数字与第 ${version} 版完全相同，无需发布新版本。`,
          en: `This bulletin and these figures are exactly as in version ${version}; there is nothing new to publish.`,
        }
      : {
          zh: `这些数字与第 ${version} 版完全相同，无需发布新版本。`,
          en: `These figures are exactly as in version ${version}; there is nothing new to publish.`,
        },
    { currentVersion: version },
  )

/** What a worker does for a publish or a rollback: everything but the write. */
export async function runTask(task: Task): Promise<Prepared> {
  if (task.kind === 'publish') {
    checkText(task.body)
    const base = await load(task.stateDir, task.base)
    const baseProblems = task.baseProblems ?? assembleVersion(base).problems.length
    const change = applyPublish(base, publishOf(task.body), task.stamp, {
      baseProblems,
      maxFigures: task.maxFigures,
    })
    const { added, changed, bulletins, patents, places } = change.counts
    if (added === 0 && changed === 0 && !bulletins && !patents && !places)
      throw nothingChanged(task.base.version, task.body.bulletin !== undefined)
    return prepared(change.files, change.counts, change.problems, baseProblems)
  }
  const current = await load(task.stateDir, task.current)
  const target = await load(task.stateDir, task.target)
  const change = applyRollback(current, target, task.stamp)
  // Loaded as the browser will load it, whether or not its hashes were recorded: hashes say the
  // files are as written, not that what was written loads (a server that wrote a name other than
  // it accepted made such versions). One the browser would find an error in would blank the dashboards.
  const error = change.firstError
  if (error)
    throw damagedVersion(task.target.version, {
      file: error.file ?? 'manifest.json',
      problem: `${error.code}${error.row ? ` row ${error.row}` : ''}`,
    })
  return prepared(change.files, change.counts, change.problems)
}
