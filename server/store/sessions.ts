import { createHash, randomBytes } from 'node:crypto'

export interface Session {
  readonly name: string
  readonly expiresAt: number
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64url')

/**
 * Login sessions, in memory: a restart logs everyone out, which costs an analyst one login and
 * keeps no secret on disk. The cookie carries a random token; only its hash is kept here.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()

  constructor(
    /** How long a session lasts from login, in milliseconds. */
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  create(name: string): { token: string; session: Session } {
    this.prune()
    const token = randomBytes(32).toString('base64url')
    const session = { name, expiresAt: this.now() + this.ttlMs }
    this.sessions.set(digest(token), session)
    return { token, session }
  }

  /** The live session a token names, or undefined (unknown, ended or expired). */
  get(token: string | undefined): Session | undefined {
    if (!token) return undefined
    const key = digest(token)
    const session = this.sessions.get(key)
    if (!session) return undefined
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(key)
      return undefined
    }
    return session
  }

  end(token: string | undefined): void {
    if (token) this.sessions.delete(digest(token))
  }

  /** Ends every session of an account (e.g. when it is removed). */
  endAllOf(name: string): void {
    for (const [key, s] of this.sessions) if (s.name === name) this.sessions.delete(key)
  }

  get size(): number {
    return this.sessions.size
  }

  private prune(): void {
    const now = this.now()
    for (const [key, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(key)
  }
}
