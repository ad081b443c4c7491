import { createHash } from 'node:crypto'
import { lstat } from 'node:fs/promises'
import { extname } from 'node:path'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { listedFiles, manifestText, parseManifest, servedManifest } from './manifest'
import { DamagedState } from './integrity'
import { readInside, resolveInside } from './paths'
import { MANIFEST } from './versionFiles'
import type { VersionStore } from './versions'

const gzipAsync = promisify(gzip)

const TYPES: Readonly<Record<string, string>> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
}

/** One published file as served: its bytes, validators, and a gzip copy made on first demand. */
export interface DataFile {
  readonly body: Buffer
  readonly type: string
  /** Content hash: equal bytes, equal tag, across versions too (an unchanged catalogue answers 304). */
  readonly tag: string
  readonly lastModified: string
  /** Last-Modified in whole seconds, as HTTP dates compare. */
  readonly modifiedSeconds: number
  gzipped?: Promise<Buffer>
}

/**
 * The current version's files, read once and kept in memory: committed versions never change, so
 * the only invalidation is a new version. Only manifest.json and the files it lists are served.
 */
export class DataFiles {
  private version = 0
  private files = new Map<string, Promise<DataFile | null>>()
  private allowed: Promise<ReadonlySet<string>> | undefined

  constructor(private readonly store: VersionStore) {}

  /** The file `name` of the current version, or null when the version does not publish it. */
  async get(name: string): Promise<DataFile | null> {
    if (this.version !== this.store.current) {
      this.version = this.store.current
      this.files = new Map()
      this.allowed = undefined
    }
    const version = this.version
    // A failed read is not remembered: the next request tries again.
    const allowed = (this.allowed ??= this.listed(version).catch((e: unknown) => {
      this.allowed = undefined
      throw e
    }))
    if (!(await allowed).has(name)) return null
    let file = this.files.get(name)
    if (!file) {
      file = this.load(version, name).catch((e: unknown) => {
        this.files.delete(name)
        throw e
      })
      this.files.set(name, file)
    }
    return file
  }

  private async listed(version: number): Promise<ReadonlySet<string>> {
    const text = await this.readChecked(version, MANIFEST)
    const manifest = parseManifest(text?.toString('utf8') ?? '')
    return new Set([MANIFEST, ...listedFiles(manifest)])
  }

  /** A file of `version`, never through a link, and exactly as written when its hash is recorded. */
  private async readChecked(version: number, name: string): Promise<Buffer | null> {
    const file = `versions/${version}/data/${name}`
    const body = await readInside(this.store.dataDir(version), name).catch((e: unknown) => {
      throw new DamagedState(file, (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'a link' : String(e))
    })
    const expected = this.store.hashes(version)?.[`data/${name}`]
    if (body && expected !== undefined && createHash('sha256').update(body).digest('hex') !== expected)
      throw new DamagedState(file, 'its content differs from what was written (SHA-256)')
    return body
  }

  private async load(version: number, name: string): Promise<DataFile | null> {
    const read = await this.readChecked(version, name)
    const path = resolveInside(this.store.dataDir(version), name)
    if (!path || !read) return null
    const info = await lstat(path)
    const body = name === MANIFEST ? withoutAccountName(read) : read
    const modifiedSeconds = Math.floor(info.mtimeMs / 1000)
    return {
      body,
      type: TYPES[extname(name)] ?? 'application/octet-stream',
      tag: createHash('sha256').update(body).digest('base64url').slice(0, 27),
      lastModified: new Date(modifiedSeconds * 1000).toUTCString(),
      modifiedSeconds,
    }
  }
}

function withoutAccountName(manifest: Buffer): Buffer {
  const parsed = parseManifest(manifest.toString('utf8'))
  const served = servedManifest(parsed)
  return served === parsed ? manifest : Buffer.from(manifestText(served))
}

export function gzippedBody(file: DataFile): Promise<Buffer> {
  return (file.gzipped ??= gzipAsync(file.body))
}

/** Whether the client accepts gzip (and did not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/**
 * RFC 9110: If-None-Match decides when present (any representation of the same content
 * matches: gzip or not, the client has these bytes); otherwise If-Modified-Since.
 */
export function isNotModified(
  file: DataFile,
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
): boolean {
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((t) => {
      const tag = t.trim().replace(/^W\//, '').replace(/^"|"$/g, '').replace(/-gz$/, '')
      return tag === '*' || tag === file.tag
    })
  }
  if (ifModifiedSince) {
    const since = Date.parse(ifModifiedSince)
    return Number.isFinite(since) && file.modifiedSeconds * 1000 <= since
  }
  return false
}
