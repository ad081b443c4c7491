import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { LoginRequest, LogoutResponse, Session } from '../../contract/api'
import { ApiError, sessionExpired, tooManyAttempts, unauthenticated } from '../errors'
import type { Limit } from '../options'
import { SESSION_COOKIE } from '../plugins/sessions'
import type { Session as StoredSession } from '../store/sessions'
import { errorResponses } from './responses'

export interface LoginOptions {
  readonly loginFailures: { readonly perIp: Limit; readonly perName: Limit }
  readonly loginRequests: Limit
}

const sessionBody = (session: StoredSession): Session => ({
  name: session.name,
  expiresAt: new Date(session.expiresAt).toISOString(),
})

/** `POST /api/login`, `POST /api/logout`, `GET /api/session`. */
export const loginRoutes: FastifyPluginCallbackTypebox<LoginOptions> = (app, o, done) => {
  const failuresByIp = app.createRateLimit({
    max: o.loginFailures.perIp.max,
    timeWindow: o.loginFailures.perIp.windowMs,
  })
  const failuresByName = app.createRateLimit({
    max: o.loginFailures.perName.max,
    timeWindow: o.loginFailures.perName.windowMs,
    // Counted after the body passed its schema: the name is there.
    keyGenerator: (request) => `name:${(request.body as LoginRequest).name.trim()}`,
  })

  app.post(
    '/api/login',
    {
      schema: { body: LoginRequest, response: { 200: Session, ...errorResponses } },
      config: { rateLimit: { max: o.loginRequests.max, timeWindow: o.loginRequests.windowMs } },
    },
    async (request, reply) => {
      const name = request.body.name.trim()
      const [ip, named] = await Promise.all([
        failuresByIp(request, { increment: false }),
        failuresByName(request, { increment: false }),
      ])
      const blocked = [ip, named].filter((l) => !l.isAllowed && l.remaining === 0)
      if (blocked.length) throw tooManyAttempts(Math.max(...blocked.map((l) => (l.isAllowed ? 0 : l.ttlInSeconds))))
      const user = await app.users.authenticate(name, request.body.password)
      if (!user) {
        await Promise.all([failuresByIp(request), failuresByName(request)])
        throw new ApiError(401, 'badCredentials', { zh: '用户名或密码不正确。', en: 'Wrong name or password.' })
      }
      const { token, session } = app.sessions.create(user.name)
      app.setSessionCookie(request, reply, token)
      return sessionBody(session)
    },
  )

  app.post('/api/logout', { schema: { response: { 200: LogoutResponse, ...errorResponses } } }, (request, reply) => {
    app.sessions.end(request.cookies[SESSION_COOKIE])
    app.clearSessionCookie(request, reply)
    return { ok: true as const }
  })

  app.get('/api/session', { schema: { response: { 200: Session, ...errorResponses } } }, async (request) => {
    const session = await app.sessionOf(request)
    if (!session) throw request.cookies[SESSION_COOKIE] ? sessionExpired() : unauthenticated()
    return sessionBody(session)
  })
  done()
}
