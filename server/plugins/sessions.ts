import fastifyCookie from '@fastify/cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { sessionExpired, unauthenticated } from '../errors'
import type { Session, SessionStore } from '../store/sessions'
import { credentialTag, type UserStore } from '../store/users'

export const SESSION_COOKIE = 'hy_session'

declare module 'fastify' {
  interface FastifyInstance {
    readonly sessions: SessionStore
    readonly users: UserStore
    /** The live session of the request's cookie, if its account still exists with the same password. */
    readonly sessionOf: (request: FastifyRequest) => Promise<Session | undefined>
    /** A hook: only a logged-in analyst goes on (runs before the body is read). */
    readonly requireAnalyst: (request: FastifyRequest) => Promise<void>
    /** A hook: anyone goes on, unless viewers need a login too (REQUIRE_LOGIN). */
    readonly requireViewer: (request: FastifyRequest) => Promise<void>
    /** The analyst acting (the session may have ended since the request began). */
    readonly analystOf: (request: FastifyRequest) => Promise<string>
    /** Gives the analyst's browser the session cookie. */
    readonly setSessionCookie: (request: FastifyRequest, reply: FastifyReply, token: string) => void
    readonly clearSessionCookie: (request: FastifyRequest, reply: FastifyReply) => void
  }
}

export interface SessionOptions {
  readonly sessions: SessionStore
  readonly users: UserStore
  readonly requireLogin: boolean
}

/** Login sessions by cookie, and the hooks that ask for one. */
export const sessions = fp<SessionOptions>(
  async (app, { sessions, users, requireLogin }) => {
    await app.register(fastifyCookie)
    app.decorate('sessions', sessions)
    app.decorate('users', users)

    async function sessionOf(request: FastifyRequest): Promise<Session | undefined> {
      const session = sessions.get(request.cookies[SESSION_COOKIE])
      if (!session) return undefined
      const user = await users.get(session.name)
      const credential = user ? credentialTag(user) : null
      if (session.credential === credential) return session
      await sessions.endStale(session.name, credential)
      return undefined
    }
    // Runs before the body is read: a caller without a session never gets 64 MB parsed.
    async function requireAnalyst(request: FastifyRequest): Promise<void> {
      if (await sessionOf(request)) return
      throw request.cookies[SESSION_COOKIE] ? sessionExpired() : unauthenticated()
    }
    const cookieOptions = (request: FastifyRequest) => ({
      httpOnly: true,
      sameSite: 'strict' as const,
      path: '/',
      secure: request.protocol === 'https',
    })

    app.decorate('sessionOf', sessionOf)
    app.decorate('requireAnalyst', requireAnalyst)
    app.decorate('requireViewer', async (request: FastifyRequest) => {
      if (requireLogin) await requireAnalyst(request)
    })
    app.decorate('analystOf', async (request: FastifyRequest) => {
      const session = await sessionOf(request)
      if (!session) throw sessionExpired()
      return session.name
    })
    app.decorate('setSessionCookie', (request: FastifyRequest, reply: FastifyReply, token: string) => {
      void reply.setCookie(SESSION_COOKIE, token, {
        ...cookieOptions(request),
        maxAge: Math.floor(sessions.ttlMs / 1000),
      })
    })
    app.decorate('clearSessionCookie', (request: FastifyRequest, reply: FastifyReply) => {
      void reply.clearCookie(SESSION_COOKIE, cookieOptions(request))
    })
  },
  { name: 'sessions' },
)
