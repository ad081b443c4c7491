import { createHash } from 'node:crypto'
import { lstat } from 'node:fs/promises'
import { extname } from 'node:path'
import { promisify } from 'node:util'
import { gzip, gzipSync, type ZlibOptions } from 'node:zlib'
import { listedFiles, manifestText, parseManifest, servedManifest } from './manifest'
import { DamagedState, sha256Sliced } from './integrity'
import { readInside, resolveInside } from './paths'
import { MANIFEST } from './versionFiles'
import type { VersionStore } from './versions'

const gzipAsync = promisify(gzip)

const TYPES: Readonly<Record<string, string>> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
}

/** One published file as served: its bytes and when it was written. */
export interface DataFile {
  readonly body: Buffer
  readonly type: string
  readonly lastModified: string
  /** Last-Modified in whole seconds, as HTTP dates compare. */
  readonly modifiedSeconds: number
}

/** Bodies from this size on are sent gzipped to clients that accept it: smaller ones gain nothing. */
export const GZIP_FROM_BYTES = 1024

// What the etag and compress plugins ask of a body, by the body's identity: its tag, and its gzip
// copy, made once as the file is loaded (off the event loop) rather than at every request.
const tags = new WeakMap<Buffer, string>()
const gzipCopies = new WeakMap<Buffer, Buffer>()

const TAG_LENGTH = 27
const contentHash = (data: Buffer | string) =>
  createHash('sha256').update(data).digest('base64url').slice(0, TAG_LENGTH)

/**
 * A body's ETag (unquoted): a content hash, so equal bytes have equal tags across versions too (an
 * unchanged catalogue answers 304). A file's gzip copy has the file's tag (the route marks it `-gz`).
 */
export const tagOf = (payload: Buffer | string): string =>
  (typeof payload !== 'string' && tags.get(payload)) || contentHash(payload)

/** A body's gzip copy: the one made at load for a file served, a new one for anything else. */
export const gzipOf = (payload: Buffer, options?: ZlibOptions): Buffer =>
  gzipCopies.get(payload) ?? gzipSync(payload, options)

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
    if (body && expected !== undefined && (await sha256Sliced(body)) !== expected)
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
    const tag = (await sha256Sliced(body, 'base64url')).slice(0, TAG_LENGTH)
    tags.set(body, tag)
    if (body.length >= GZIP_FROM_BYTES) {
      const gzipped = await gzipAsync(body)
      gzipCopies.set(body, gzipped)
      tags.set(gzipped, tag)
    }
    return {
      body,
      type: TYPES[extname(name)] ?? 'application/octet-stream',
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

/** Whether a client's copy, dated If-Modified-Since, is still current (asked only without If-None-Match). */
export function unmodifiedSince(file: DataFile, ifModifiedSince: string | undefined): boolean {
  const since = ifModifiedSince ? Date.parse(ifModifiedSince) : NaN
  return Number.isFinite(since) && file.modifiedSeconds * 1000 <= since
}
