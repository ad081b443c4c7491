import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { LoginRequest, LogoutResponse, Session } from '../../contract/api'
import { ApiError, sessionExpired, tooManyAttempts, unauthenticated } from '../errors'
import { LoginAttempts } from '../loginAttempts'
import type { Limit } from '../config'
import { SESSION_COOKIE } from '../plugins/sessions'
import type { KnownAddresses } from '../store/knownAddresses'
import type { Session as StoredSession } from '../store/sessions'
import { credentialTag } from '../store/users'
import { errorResponses } from './responses'

export interface LoginOptions {
  readonly knownAddresses: KnownAddresses
  readonly loginFailures: { readonly perIp: Limit; readonly perName: Limit }
  readonly loginRequests: Limit
}

const sessionBody = (session: StoredSession): Session => ({
  name: session.name,
  expiresAt: new Date(session.expiresAt).toISOString(),
})

/** `POST /api/login`, `POST /api/logout`, `GET /api/session`. */
export const loginRoutes: FastifyPluginCallbackTypebox<LoginOptions> = (app, o, done) => {
  const attempts = new LoginAttempts(o.loginFailures, o.knownAddresses)

  app.post(
    '/api/login',
    {
      schema: { body: LoginRequest, response: { 200: Session, ...errorResponses } },
      config: { rateLimit: { max: o.loginRequests.max, timeWindow: o.loginRequests.windowMs } },
    },
    async (request, reply) => {
      const name = request.body.name.trim()
      const attempt = attempts.reserve(name, request.ip)
      if ('retryAfter' in attempt) throw tooManyAttempts(attempt.retryAfter)
      let user
      try {
        user = await app.users.authenticate(name, request.body.password)
      } catch (e) {
        attempt.cancelled()
        throw e
      }
      if (!user)
        throw new ApiError(401, 'badCredentials', { zh: '用户名或密码不正确。', en: 'Wrong name or password.' })
      await attempt.succeeded()
      const { token, session } = await app.sessions.create(user.name, credentialTag(user))
      app.setSessionCookie(request, reply, token)
      return sessionBody(session)
    },
  )

  app.post(
    '/api/logout',
    { schema: { response: { 200: LogoutResponse, ...errorResponses } } },
    async (request, reply) => {
      await app.sessions.end(request.cookies[SESSION_COOKIE])
      app.clearSessionCookie(request, reply)
      return { ok: true as const }
    },
  )

  app.get('/api/session', { schema: { response: { 200: Session, ...errorResponses } } }, async (request) => {
    const session = await app.sessionOf(request)
    if (!session) throw request.cookies[SESSION_COOKIE] ? sessionExpired() : unauthenticated()
    return sessionBody(session)
  })
  done()
}
