import { access, mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fsyncDir, removeLeftovers, replaceFile, writeDirAtomic } from './atomic'
import { AuditLog, auditEntryOf } from './audit'
import type { VersionInfo } from '../../src/domain/version'
import { assembleVersion, filesToWrite, readVersionFiles, type VersionFiles } from './versionFiles'

/** A version as stored in its meta.json: what the API lists. */
export type VersionMeta = VersionInfo

export type NewVersion = Omit<VersionMeta, 'version'>

type Log = (message: string) => void

/**
 * The published dataset's history, on disk under `stateDir`:
 *
 *     current.json            {"version": n}: the commit point, replaced atomically
 *     versions/<n>/meta.json  who, when, what (written with the version)
 *     versions/<n>/data/      manifest.json and the files it lists, never changed once written
 *     audit.log               one JSON line per publish and rollback
 *
 * A version's tree is written under a temporary name and renamed into place, then current.json is
 * replaced: a crash leaves the previous version current (and the new tree, if complete, is removed
 * on start as never committed) or the new one current. Writes go one at a time through `exclusive`.
 */
export class VersionStore {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly listeners = new Set<(meta: VersionMeta) => void>()
  // How many problems the browser finds loading each version, so a publish need not re-read its base.
  private readonly problemCounts = new Map<number, number>()

  private constructor(
    readonly stateDir: string,
    private currentVersion: number,
    private readonly metas: VersionMeta[],
    readonly audit: AuditLog,
    private readonly log: Log,
  ) {}

  /** Opens the state directory, cleaning what a crash left; on first start publishes `seedDir` as version 1. */
  static async open(stateDir: string, seedDir: string, log: Log = () => {}): Promise<VersionStore> {
    const versionsDir = join(stateDir, 'versions')
    await mkdir(versionsDir, { recursive: true })
    for (const dir of [stateDir, versionsDir]) {
      const left = await removeLeftovers(dir)
      if (left.length) log(`removed leftovers of interrupted writes in ${dir}: ${left.join(', ')}`)
    }
    const current = await readPointer(stateDir)
    const numbered = (await readdir(versionsDir)).filter((n) => /^[1-9]\d*$/.test(n)).map(Number)
    const uncommitted = numbered.filter((n) => n > current)
    for (const n of uncommitted) await rm(join(versionsDir, String(n)), { recursive: true, force: true })
    if (uncommitted.length) {
      await fsyncDir(versionsDir)
      log(`removed version(s) ${uncommitted.join(', ')}: written but never made current before the server stopped`)
    }
    const metas: VersionMeta[] = []
    for (const n of numbered.filter((v) => v <= current).sort((a, b) => a - b)) {
      metas.push(JSON.parse(await readFile(join(versionsDir, String(n), 'meta.json'), 'utf8')) as VersionMeta)
    }
    const store = new VersionStore(stateDir, current, metas, new AuditLog(join(stateDir, 'audit.log')), log)
    if (current === 0) {
      const at = new Date().toISOString()
      const { manifest, files } = await readVersionFiles(seedDir)
      // Stamped like every later version: a manifest with a stamp tells the app a publishing server is there.
      const seed = { manifest: { ...manifest, published: { version: 1, at } }, files }
      const { problems, dataset } = assembleVersion(seed)
      if (problems.length)
        log(`warning: ${seedDir} has ${problems.length} problem(s); publishing it as version 1 anyway`)
      const counts = { added: 0, changed: 0, unchanged: 0, removed: 0, observations: dataset.observations.length }
      await store.commit(
        seed,
        { at, by: null, action: 'initial', name: 'data/', baseVersion: null, rollbackOf: null, counts },
        problems.length,
      )
      log(`version 1: snapshot of ${seedDir}`)
    } else {
      await access(join(store.dataDir(current), 'manifest.json'))
      const added = await store.audit.reconcile(metas)
      if (added)
        log(`audit log: added ${added} entr${added === 1 ? 'y' : 'ies'} for versions committed just before a crash`)
    }
    return store
  }

  get current(): number {
    return this.currentVersion
  }

  /** Every version, oldest first. */
  list(): readonly VersionMeta[] {
    return this.metas
  }

  meta(version: number): VersionMeta | undefined {
    return this.metas.find((m) => m.version === version)
  }

  dataDir(version: number = this.currentVersion): string {
    return join(this.stateDir, 'versions', String(version), 'data')
  }

  read(version: number = this.currentVersion): Promise<VersionFiles> {
    return readVersionFiles(this.dataDir(version))
  }

  /** The problems a browser finds loading `version` (usually none). */
  async problemCount(version: number = this.currentVersion): Promise<number> {
    let count = this.problemCounts.get(version)
    if (count === undefined) {
      count = assembleVersion(await this.read(version)).problems.length
      this.problemCounts.set(version, count)
    }
    return count
  }

  /** Runs `fn` after every write queued before it has finished: publishes never interleave. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Called after each new version is current. Returns the function that stops calling. */
  onCommit(listener: (meta: VersionMeta) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Writes `files` as version current + 1 and makes it current. Call inside `exclusive`. On any
   * failure the current version stays as it was.
   */
  async commit(files: VersionFiles, meta: NewVersion, problemCount?: number): Promise<VersionMeta> {
    const version = this.currentVersion + 1
    const full: VersionMeta = { version, ...meta }
    const dir = join(this.stateDir, 'versions', String(version))
    const tree = new Map<string, Uint8Array | string>([['meta.json', JSON.stringify(full, null, 2) + '\n']])
    for (const [name, data] of filesToWrite(files)) tree.set(`data/${name}`, data)
    await writeDirAtomic(dir, tree)
    try {
      await replaceFile(join(this.stateDir, 'current.json'), JSON.stringify({ version }) + '\n')
    } catch (e) {
      await rm(dir, { recursive: true, force: true })
      throw e
    }
    this.currentVersion = version
    this.metas.push(full)
    if (problemCount !== undefined) this.problemCounts.set(version, problemCount)
    const entry = auditEntryOf(full)
    // The version is committed; a failed append is repaired from meta.json on the next start.
    if (entry) await this.audit.append(entry).catch((e: unknown) => this.log(`audit log append failed: ${String(e)}`))
    for (const listener of this.listeners) listener(full)
    return full
  }
}

async function readPointer(stateDir: string): Promise<number> {
  let text: string
  try {
    text = await readFile(join(stateDir, 'current.json'), 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw e
  }
  const version = (JSON.parse(text) as { version?: unknown }).version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new Error(`${stateDir}/current.json names no version`)
  return version
}
