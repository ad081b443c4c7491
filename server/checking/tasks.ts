import { Compile } from 'typebox/compile'
import { PublishRequest } from '../../contract/api'
import type { VersionCounts } from '../../src/domain/version'
import { applyPublish, publishOf } from '../changes/publish'
import { applyRollback } from '../changes/rollback'
import { checkText } from '../changes/text'
import { deliveryContent, type DeliveryContent } from '../delivery/content'
import { ApiError, damagedVersion, staleVersion, writeFailed } from '../errors'
import { readJsonBody } from '../jsonBody'
import { schemaRefusal } from '../schemaRefusal'
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
      /** The current version: the request's baseVersion must name it. */
      readonly base: StoredVersion
      readonly baseProblems?: number
      /** The request's body as it arrived (undefined when none was sent), read here rather than on the event loop. */
      readonly body: Uint8Array | undefined
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
  | {
      /** What delivery sends of `current` at `now` (its day): the headline figures, warnings and link. */
      readonly kind: 'deliveryContent'
      readonly stateDir: string
      readonly current: StoredVersion
      readonly now: number
      readonly publicUrl: string
    }
  | {
      /** The Word brief of `current` at `now`, watermarked for `watermarkFor` unless null. */
      readonly kind: 'brief'
      readonly stateDir: string
      readonly current: StoredVersion
      readonly now: number
      readonly watermarkFor: string | null
    }

/** A Word document as delivery attaches it. */
export interface BriefFile {
  readonly filename: string
  readonly bytes: Uint8Array
}

/** What each kind of task answers. */
export interface Results {
  readonly publish: Prepared
  readonly rollback: Prepared
  readonly deliveryContent: DeliveryContent
  readonly brief: BriefFile
}

/** A new version, ready to write: every file as bytes, their SHA-256, and how it differs. */
export interface Prepared {
  readonly files: Map<string, Uint8Array>
  readonly hashes: FileHashes
  readonly counts: VersionCounts
  readonly problems: number
  /** Problems the base version of a publish has (counted here when the caller did not know). */
  readonly baseProblems?: number
  /** A publish's name as the analyst gave it, trimmed. */
  readonly name?: string
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

const publishRequest = Compile(PublishRequest)

/** A publish's body, refused as the route's schema would refuse it (`schemaRefusal`) when it is not one. */
function publishRequestOf(bytes: Uint8Array | undefined): PublishRequest {
  const body = bytes && readJsonBody(bytes)
  if (publishRequest.Check(body)) return body
  throw schemaRefusal(publishRequest.Errors(body), PublishRequest)
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

/** What a worker does for a publish or a rollback (everything but the write), or for delivery. */
export async function runTask(task: Task): Promise<Results[Task['kind']]> {
  switch (task.kind) {
    case 'publish':
      return publishTask(task)
    case 'rollback':
      return rollbackTask(task)
    default:
      return deliveryTask(task)
  }
}

/**
 * Delivery's look at a version: assembled here as the browser assembles it, which for a large
 * version takes a second or more of CPU and builds hundreds of megabytes the event loop's garbage
 * collector would otherwise have to go through.
 */
async function deliveryTask(task: Extract<Task, { kind: 'deliveryContent' | 'brief' }>) {
  const published = assembleVersion(await load(task.stateDir, task.current))
  if (task.kind === 'deliveryContent') return deliveryContent(published, task.current.version, task.now, task.publicUrl)
  // The document code, ECharts and resvg load only when a brief is first asked for.
  const { writeBrief } = await import('../delivery/brief')
  return writeBrief(published, task.now, task.watermarkFor)
}

async function publishTask(task: Extract<Task, { kind: 'publish' }>): Promise<Prepared> {
  const body = publishRequestOf(task.body)
  if (body.baseVersion !== task.base.version) throw staleVersion(body.baseVersion, task.base.version)
  checkText(body)
  const base = await load(task.stateDir, task.base)
  const baseProblems = task.baseProblems ?? assembleVersion(base).problems.length
  const publish = publishOf(body)
  const change = applyPublish(base, publish, task.stamp, { baseProblems, maxFigures: task.maxFigures })
  const { added, changed, bulletins, patents, places } = change.counts
  if (added === 0 && changed === 0 && !bulletins && !patents && !places)
    throw nothingChanged(task.base.version, body.bulletin !== undefined)
  return { ...prepared(change.files, change.counts, change.problems, baseProblems), name: publish.name }
}

async function rollbackTask(task: Extract<Task, { kind: 'rollback' }>): Promise<Prepared> {
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
