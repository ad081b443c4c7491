import { randomBytes, timingSafeEqual } from 'node:crypto'
import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Type, type Static } from 'typebox'
import { installSecret, keyedOf } from './addressDigest'
import { replaceFile } from './atomic'
import { DamagedState, parseState } from './integrity'

/** A link as stored: a keyed digest of its token and of its code, never either of them. */
const StoredShare = Type.Object({
  id: Type.String(),
  digest: Type.String(),
  name: Type.String(),
  view: Type.String(),
  createdAt: Type.Number(),
  createdBy: Type.String(),
  expiresAt: Type.Number(),
  code: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.Number(), Type.Null()]),
  opens: Type.Integer(),
  lastOpenAt: Type.Union([Type.Number(), Type.Null()]),
})
export type StoredShare = Static<typeof StoredShare>

const SharesFile = Type.Object({
  settings: Type.Object({ watermark: Type.Boolean() }),
  shares: Type.Array(StoredShare),
})
type SharesFile = Static<typeof SharesFile>

/** 256 random bits: a token cannot be guessed, only handed on. */
const TOKEN_BYTES = 32

/** Links kept: the oldest ended ones go first past it. */
const KEPT = 500

/** Whether a link opens now, or why not. */
export type ShareState = 'valid' | 'expired' | 'revoked'

const empty = (): SharesFile => ({ settings: { watermark: false }, shares: [] })

/**
 * Share links and the watermark setting in `stateDir/shares.json`, replaced whole (temporary file,
 * fsync, rename) at every change, one write at a time. Tokens and codes are kept as HMAC-SHA256
 * digests keyed with a secret of the install (`shares.key`, like the known addresses'): a copy of the
 * file opens no link. A damaged file is kept aside and the server starts with no links (they stop
 * working: a link never opens by mistake), saying so in its log.
 */
export class ShareStore {
  private writes: Promise<void> = Promise.resolve()

  private constructor(
    private readonly path: string,
    private readonly secret: Buffer,
    private file: SharesFile,
  ) {}

  static async open(stateDir: string, log: (message: string) => void): Promise<ShareStore> {
    const path = join(stateDir, 'shares.json')
    const { secret, renewed } = await installSecret(join(stateDir, 'shares.key'), log)
    let text: string | undefined
    try {
      text = await readFile(path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
    if (text === undefined) return new ShareStore(path, secret, empty())
    try {
      const file = parseState('shares.json', SharesFile, text)
      // A new secret opens none of the links made under the old one.
      return new ShareStore(path, secret, renewed ? { ...file, shares: [] } : file)
    } catch (e) {
      if (!(e instanceof DamagedState)) throw e
      const aside = `${path}.damaged-${Date.now()}`
      await copyFile(path, aside)
      log(`${path} is damaged (${e.problem}): kept as ${aside}; starting with no share links`)
      return new ShareStore(path, secret, empty())
    }
  }

  get watermark(): boolean {
    return this.file.settings.watermark
  }

  /** Newest first. */
  get shares(): readonly StoredShare[] {
    return this.file.shares
  }

  /** The link a token opens (valid or not), if it is one of this server's. */
  find(token: string | undefined): StoredShare | undefined {
    if (!token) return undefined
    const digest = keyedOf(this.secret, token)
    return this.file.shares.find((s) => s.digest === digest)
  }

  stateOf(share: StoredShare, now: number): ShareState {
    if (share.revokedAt !== null) return 'revoked'
    return now >= share.expiresAt ? 'expired' : 'valid'
  }

  codeMatches(share: StoredShare, code: string | undefined): boolean {
    if (share.code === null) return true
    const given = Buffer.from(keyedOf(this.secret, `${share.id}\n${code ?? ''}`))
    const kept = Buffer.from(share.code)
    return given.length === kept.length && timingSafeEqual(given, kept)
  }

  async create(
    s: { name: string; view: string; expiresAt: number; code: string; by: string },
    now: number,
  ): Promise<{ share: StoredShare; token: string }> {
    const token = randomBytes(TOKEN_BYTES).toString('base64url')
    const id = randomBytes(9).toString('base64url')
    const share: StoredShare = {
      id,
      digest: keyedOf(this.secret, token),
      name: s.name,
      view: s.view,
      createdAt: now,
      createdBy: s.by,
      expiresAt: s.expiresAt,
      code: s.code ? keyedOf(this.secret, `${id}\n${s.code}`) : null,
      revokedAt: null,
      opens: 0,
      lastOpenAt: null,
    }
    await this.update((f) => ({ ...f, shares: [share, ...f.shares] }), now)
    return { share, token }
  }

  /** Revokes a link; undefined for an id that is none. A revoked link stays revoked. */
  async revoke(id: string, now: number): Promise<StoredShare | undefined> {
    if (!this.file.shares.some((s) => s.id === id)) return undefined
    await this.update(
      (f) => ({ ...f, shares: f.shares.map((s) => (s.id === id ? { ...s, revokedAt: s.revokedAt ?? now } : s)) }),
      now,
    )
    return this.file.shares.find((s) => s.id === id)
  }

  /** Counts one opening of a link. */
  opened(id: string, now: number): Promise<void> {
    return this.update(
      (f) => ({ ...f, shares: f.shares.map((s) => (s.id === id ? { ...s, opens: s.opens + 1, lastOpenAt: now } : s)) }),
      now,
    )
  }

  setWatermark(watermark: boolean, now: number): Promise<void> {
    return this.update((f) => ({ ...f, settings: { watermark } }), now)
  }

  /** Changes the file and stores it; stored before the promise settles, one write at a time. */
  private update(change: (file: SharesFile) => SharesFile, now: number): Promise<void> {
    const next = change(this.file)
    const live = next.shares.filter((s) => this.stateOf(s, now) === 'valid')
    const ended = next.shares.filter((s) => this.stateOf(s, now) !== 'valid')
    // Past the limit, ended links are forgotten oldest first; a live one never is.
    const keep = new Set([...live, ...ended.slice(0, Math.max(0, KEPT - live.length))])
    this.file = { ...next, shares: next.shares.filter((s) => keep.has(s)) }
    const write = () => replaceFile(this.path, JSON.stringify(this.file, null, 1) + '\n')
    const run = this.writes.then(write, write)
    this.writes = run.catch(() => undefined)
    return run
  }
}
