import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { Type, type Static } from 'typebox'
import { VersionInfo } from '../../contract/api'
import { fsyncDir, removeLeftovers, replaceFile, writeDirAtomic } from './atomic'
import { AuditLog, auditEntryOf } from './audit'
import {
  DamagedState,
  exactBytes,
  hashesOf,
  parseState,
  sha256 as digestOf,
  sha256Sliced,
  WriteMismatch,
  type FileHashes,
} from './integrity'
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
  // SHA-256 of each version's files, from its meta.json (versions written before they were recorded have none).
  private readonly fileHashes = new Map<number, FileHashes>()
  // Earlier versions whose meta.json is damaged: left out of the history, never rolled back to.
  private readonly damagedMetas = new Map<number, DamagedState>()

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
    const hashes = new Map<number, FileHashes>()
    const damagedMetas = new Map<number, DamagedState>()
    for (const n of numbered.filter((v) => v <= current).sort((a, b) => a - b)) {
      const read = await readOlderMeta(stateDir, n, current, damagedMetas, log)
      if (!read) continue
      const { sha256, ...meta } = read
      metas.push(meta)
      if (sha256) hashes.set(n, sha256)
    }
    const store = new VersionStore(stateDir, current, metas, new AuditLog(join(stateDir, 'audit.log'), log), log)
    for (const [n, h] of hashes) store.fileHashes.set(n, h)
    for (const [n, d] of damagedMetas) store.damagedMetas.set(n, d)
    if (current === 0) {
      const at = new Date().toISOString()
      const { manifest, files } = await readVersionFiles(seedDir, { root: seedDir })
      // Stamped like every later version: a manifest with a stamp tells the app a publishing server is there.
      const seed = { manifest: { ...manifest, published: { version: 1, at } }, files }
      const { problems, dataset } = assembleVersion(seed)
      if (problems.length)
        log(`warning: ${seedDir} has ${problems.length} problem(s); publishing it as version 1 anyway`)
      const counts = { added: 0, changed: 0, unchanged: 0, removed: 0, observations: dataset.observations.length }
      await store.commit(
        filesToWrite(seed),
        { at, by: null, action: 'initial', name: 'data/', baseVersion: null, rollbackOf: null, counts },
        problems.length,
      )
      log(`version 1: snapshot of ${seedDir}`)
    } else {
      await store.verifyCurrent()
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

  /** What is wrong with the meta.json of an earlier version, which the history therefore leaves out. */
  metaDamage(version: number): DamagedState | undefined {
    return this.damagedMetas.get(version)
  }

  /** The SHA-256 of each file of `version` as written, when its meta.json records them. */
  hashes(version: number): FileHashes | undefined {
    return this.fileHashes.get(version)
  }

  /** A version's files, each checked against its recorded SHA-256 (DamagedState when one differs). */
  read(version: number = this.currentVersion): Promise<VersionFiles> {
    return readVersionFiles(this.dataDir(version), { root: this.stateDir, hashes: this.hashes(version) })
  }

  /**
   * Refuses to serve a damaged current version: its files must match their recorded SHA-256, or,
   * for a version written before hashes were recorded, load without an error. Throws an Error that
   * names the damaged file and the newest version that is intact.
   */
  private async verifyCurrent(): Promise<void> {
    const damage = await this.damageOf(this.currentVersion)
    if (!damage) return
    let intact: number | null = null
    for (let v = this.currentVersion - 1; v >= 1 && intact === null; v--) if (!(await this.damageOf(v))) intact = v
    const fallback =
      intact === null
        ? 'no earlier version is intact either; restore STATE_DIR from a backup'
        : `version ${intact} is intact: restore the file from a backup, or make ${intact} current by writing {"version": ${intact}} to ${join(this.stateDir, 'current.json')}`
    throw new Error(`the current version ${this.currentVersion} is damaged: ${damage.message}. ${fallback}`)
  }

  /** What is wrong with a version on disk, or null when it is intact. */
  async damageOf(version: number): Promise<DamagedState | null> {
    try {
      const files = await this.read(version)
      if (this.hashes(version)) return null
      const error = assembleVersion(files).problems.find((p) => p.severity === 'error')
      if (!error) return null
      const where = error.row === undefined ? '' : ` row ${error.row}`
      return new DamagedState(
        relative(this.stateDir, join(this.dataDir(version), error.file ?? 'manifest.json')),
        `${error.code}${where}`,
      )
    } catch (e) {
      if (e instanceof DamagedState) return e
      throw e
    }
  }

  /** The problems a browser finds loading `version` (usually none), when already counted. */
  knownProblemCount(version: number = this.currentVersion): number | undefined {
    return this.problemCounts.get(version)
  }

  noteProblemCount(version: number, count: number): void {
    this.problemCounts.set(version, count)
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
  async commit(
    files: ReadonlyMap<string, Uint8Array | string>,
    meta: NewVersion,
    problemCount?: number,
    knownHashes?: FileHashes,
  ): Promise<VersionMeta> {
    const version = this.currentVersion + 1
    const full: VersionMeta = { version, ...meta }
    const dir = join(this.stateDir, 'versions', String(version))
    const data = new Map<string, Uint8Array>()
    for (const [name, content] of files)
      data.set(`data/${name}`, typeof content === 'string' ? exactBytes(name, content) : content)
    const hashes = knownHashes ?? hashesOf(data)
    const tree = new Map<string, Uint8Array>([
      ['meta.json', exactBytes('meta.json', JSON.stringify({ ...full, sha256: hashes }, null, 2) + '\n')],
    ])
    for (const [name, content] of data) tree.set(name, content)
    await writeDirAtomic(dir, tree)
    try {
      await verifyWritten(dir, new Map([...tree].map(([name, bytes]) => [name, hashes[name] ?? digestOf(bytes)])))
      await replaceFile(join(this.stateDir, 'current.json'), JSON.stringify({ version }) + '\n')
    } catch (e) {
      await rm(dir, { recursive: true, force: true })
      throw e
    }
    this.currentVersion = version
    this.metas.push(full)
    this.fileHashes.set(version, hashes)
    if (problemCount !== undefined) this.problemCounts.set(version, problemCount)
    const entry = auditEntryOf(full)
    // The version is committed; a failed append is repaired from meta.json on the next start.
    if (entry) await this.audit.append(entry).catch((e: unknown) => this.log(`audit log append failed: ${String(e)}`))
    for (const listener of this.listeners) listener(full)
    return full
  }
}

/**
 * Reads back every file of a version just written and compares it with the SHA-256 of the bytes it
 * was meant to hold (for data files, the hashes its meta.json records): a version is made current
 * only as it was checked.
 */
async function verifyWritten(dir: string, expected: ReadonlyMap<string, string>): Promise<void> {
  for (const [name, hash] of expected) {
    if ((await sha256Sliced(await readFile(join(dir, name)))) !== hash)
      throw new WriteMismatch(`${name}: what was written differs from what was meant (SHA-256)`)
  }
}

/** current.json: the version every reader is served. */
const Pointer = Type.Object({ version: Type.Integer({ minimum: 1 }) })

async function readPointer(stateDir: string): Promise<number> {
  let text: string
  try {
    text = await readFile(join(stateDir, 'current.json'), 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw e
  }
  return parseState('current.json', Pointer, text).version
}

/** A version's meta.json: what the API lists, and the SHA-256 of each file as written (absent in older versions). */
const StoredMeta = Type.Object({
  ...VersionInfo.properties,
  sha256: Type.Optional(Type.Record(Type.String(), Type.String())),
})
type StoredMeta = Static<typeof StoredMeta>

/**
 * The meta.json of a version up to the current one. A damaged one of an earlier version does not
 * stop the server (what it records is the history of a version nobody is shown): it is logged and
 * noted, and that version is refused for a rollback. The current version's must be intact.
 */
async function readOlderMeta(
  stateDir: string,
  version: number,
  current: number,
  damaged: Map<number, DamagedState>,
  log: Log,
): Promise<StoredMeta | null> {
  try {
    return await readMeta(stateDir, version)
  } catch (e) {
    if (!(e instanceof DamagedState) || version === current) throw e
    damaged.set(version, e)
    log(`${e.message}: version ${version} is left out of the history and cannot be rolled back to`)
    return null
  }
}

/** A version's meta.json, checked so that a damaged one is named rather than misread. */
async function readMeta(stateDir: string, version: number): Promise<StoredMeta> {
  const file = join('versions', String(version), 'meta.json')
  let text: string
  try {
    text = await readFile(join(stateDir, file), 'utf8')
  } catch (e) {
    throw new DamagedState(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : String(e))
  }
  const meta = parseState(file, StoredMeta, text)
  if (meta.version !== version) throw new DamagedState(file, `names version ${meta.version}`)
  return meta
}
