import { createHash, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { Type, type Static } from 'typebox'
import { replaceFile } from './atomic'
import { readDispensable } from './integrity'

const StoredSession = Type.Object({
  /** SHA-256 of the cookie's token: the token itself is never written. */
  digest: Type.String(),
  name: Type.String(),
  /** The account's credentials when the session began (see `credentialTag`): a new password ends it. */
  credential: Type.String(),
  expiresAt: Type.Number(),
})

export type Session = Readonly<Omit<Static<typeof StoredSession>, 'digest'>>

const SessionsFile = Type.Object({ sessions: Type.Array(StoredSession) })
type SessionsFile = Static<typeof SessionsFile>

const digest = (token: string) => createHash('sha256').update(token).digest('base64url')

/**
 * Login sessions, kept in `stateDir/sessions.json` so that a restart logs nobody out. The cookie
 * carries a random token; only its SHA-256 is stored, so the file lets nobody act as an analyst.
 * The server is the file's only writer: each change replaces it atomically, one at a time.
 */
export class SessionStore {
  private writes: Promise<void> = Promise.resolve()

  private constructor(
    private readonly path: string,
    private readonly sessions: Map<string, Session>,
    /** How long a session lasts from login, in milliseconds. */
    readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /**
   * Reads the sessions a previous run left. A damaged file costs analysts one login, never the
   * start: it is named in the log and replaced at the next login.
   */
  static async open(
    stateDir: string,
    ttlMs: number,
    log: (message: string) => void = () => {},
    now: () => number = Date.now,
  ): Promise<SessionStore> {
    const path = join(stateDir, 'sessions.json')
    const sessions = new Map<string, Session>()
    const file = await readDispensable(path, SessionsFile, log, 'no sessions')
    const at = now()
    for (const s of file?.sessions ?? [])
      if (s.expiresAt > at) sessions.set(s.digest, { name: s.name, credential: s.credential, expiresAt: s.expiresAt })
    return new SessionStore(path, sessions, ttlMs, now)
  }

  /** A new session, stored before it is returned (a restart just after a login keeps it). */
  async create(name: string, credential: string): Promise<{ token: string; session: Session }> {
    this.prune()
    const token = randomBytes(32).toString('base64url')
    const session = { name, credential, expiresAt: this.now() + this.ttlMs }
    this.sessions.set(digest(token), session)
    await this.save()
    return { token, session }
  }

  /** The live session a token names, or undefined (unknown, ended or expired). */
  get(token: string | undefined): Session | undefined {
    if (!token) return undefined
    const session = this.sessions.get(digest(token))
    return session && session.expiresAt > this.now() ? session : undefined
  }

  async end(token: string | undefined): Promise<void> {
    if (token && this.sessions.delete(digest(token))) await this.save()
  }

  /** Ends the sessions of `name` begun with other credentials than `credential` (all when it is null). */
  async endStale(name: string, credential: string | null): Promise<void> {
    let ended = false
    for (const [key, s] of this.sessions)
      if (s.name === name && s.credential !== credential) ended = this.sessions.delete(key) || ended
    if (ended) await this.save()
  }

  get size(): number {
    return this.sessions.size
  }

  private prune(): void {
    const now = this.now()
    for (const [key, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(key)
  }

  private save(): Promise<void> {
    const write = async () => {
      const sessions = [...this.sessions].map(([key, s]) => ({ digest: key, ...s }))
      await replaceFile(this.path, JSON.stringify({ sessions } satisfies SessionsFile) + '\n')
    }
    const run = this.writes.then(write, write)
    this.writes = run.catch(() => undefined)
    return run
  }
}
