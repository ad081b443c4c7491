import { existsSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify'
import { acceptsGzip, DataFiles, gzippedBody, isNotModified } from './dataFiles'
import {
  ApiError,
  badJson,
  badPath,
  badRequest,
  bodyTooLarge,
  emptyBody,
  internalError,
  notFound,
  sessionExpired,
  staleVersion,
  tooManyAttempts,
  unauthenticated,
  unsupportedMediaType,
  writeFailed,
} from './errors'
import { EventHub } from './events'
import { lockStateDir } from './lock'
import { isSafeRelativeName } from './paths'
import { applyPublish, applyRollback, readPublishRequest, readRollbackRequest, type Change } from './publish'
import { SessionStore, type Session } from './sessions'
import { MAX_PASSWORD, UserStore } from './users'
import { VersionStore, type NewVersion, type VersionMeta } from './versions'

interface Limit {
  readonly max: number
  readonly windowMs: number
}

export interface ServerOptions {
  /** Versions, accounts and the audit log (created if missing). */
  readonly stateDir: string
  /** The data directory published as version 1 on first start (the repository's data/). */
  readonly seedDir: string
  /** The built app (dist/); served at / when it exists. */
  readonly appDir?: string
  /** Viewers need a session too: data, versions and events (for an intranet that wants it). */
  readonly requireLogin?: boolean
  /** Believe X-Forwarded-Proto/-For from a reverse proxy (only behind one). */
  readonly trustProxy?: boolean
  readonly sessionTtlMs?: number
  /** Largest publish body, in bytes. */
  readonly publishBodyLimit?: number
  /** Largest body of every other request, in bytes. */
  readonly bodyLimit?: number
  /** Failed logins allowed per client address, and per account name, within a window. */
  readonly loginFailures?: { readonly perIp: Limit; readonly perName: Limit }
  /** Login requests of any outcome per client address (each costs a slow hash). */
  readonly loginRequests?: Limit
  readonly heartbeatMs?: number
  readonly maxEventClients?: number
  /** Where startup and recovery notes go. */
  readonly log?: (message: string) => void
  /** Fastify's logger level ('silent' in tests). */
  readonly logLevel?: string
}

export interface Server {
  readonly app: FastifyInstance
  readonly store: VersionStore
  readonly hub: EventHub
  readonly sessions: SessionStore
  readonly users: UserStore
}

const SESSION_COOKIE = 'hy_session'
const MB = 1024 * 1024

const withDefaults = (options: ServerOptions) => ({
  requireLogin: false,
  trustProxy: false,
  sessionTtlMs: 8 * 60 * 60 * 1000,
  publishBodyLimit: 64 * MB,
  bodyLimit: 16 * 1024,
  loginFailures: { perIp: { max: 20, windowMs: 15 * 60 * 1000 }, perName: { max: 10, windowMs: 15 * 60 * 1000 } },
  loginRequests: { max: 60, windowMs: 60 * 1000 },
  heartbeatMs: 25_000,
  maxEventClients: 2000,
  log: () => {},
  logLevel: 'warn',
  ...options,
})

/** Builds the server (not yet listening): the app, /data of the current version, and the API. */
export async function buildServer(options: ServerOptions): Promise<Server> {
  const settings = withDefaults(options)
  const release = await lockStateDir(resolve(settings.stateDir))
  try {
    return await assemble(settings, release)
  } catch (e) {
    await release()
    throw e
  }
}

async function assemble(o: ReturnType<typeof withDefaults>, release: () => Promise<void>): Promise<Server> {
  const store = await VersionStore.open(resolve(o.stateDir), resolve(o.seedDir), o.log)
  const users = new UserStore(resolve(o.stateDir))
  const sessions = new SessionStore(o.sessionTtlMs)
  const hub = new EventHub(o.heartbeatMs, o.maxEventClients)
  const dataFiles = new DataFiles(store)
  store.onCommit((meta) => hub.announce(meta.version))

  const app = Fastify({
    logger: { level: o.logLevel },
    trustProxy: o.trustProxy,
    bodyLimit: o.bodyLimit,
    // On shutdown (after any publish in progress has finished, see main.ts) open streams and
    // keep-alive sockets are cut rather than waited for: browsers reconnect by themselves.
    forceCloseConnections: true,
  })
  // Everything that can change the data is JSON; a form post or text/plain from another site is 415.
  app.removeContentTypeParser('text/plain')
  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => tooManyAttempts(ctx.ttl / 1000),
  })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const api = toApiError(error, request)
    if (api.statusCode >= 500) request.log.error(error)
    for (const [name, value] of Object.entries(api.headers)) void reply.header(name, value)
    return reply.code(api.statusCode).send(api.body())
  })
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(notFound().body()))
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.header('X-Content-Type-Options', 'nosniff').header('Referrer-Policy', 'same-origin')
    done()
  })
  app.addHook('preClose', (done) => {
    hub.closeAll()
    done()
  })
  app.addHook('onClose', async () => release())

  /** The live session of the request's cookie, if its account still exists. */
  async function sessionOf(request: FastifyRequest): Promise<Session | undefined> {
    const token = request.cookies[SESSION_COOKIE]
    const session = sessions.get(token)
    if (!session) return undefined
    if (!(await users.get(session.name))) {
      sessions.endAllOf(session.name)
      return undefined
    }
    return session
  }

  // Runs before the body is read: a caller without a session never gets 64 MB parsed.
  async function requireAnalyst(request: FastifyRequest): Promise<void> {
    if (await sessionOf(request)) return
    throw request.cookies[SESSION_COOKIE] ? sessionExpired() : unauthenticated()
  }
  const requireViewer = async (request: FastifyRequest) => {
    if (o.requireLogin) await requireAnalyst(request)
  }
  /** The analyst acting (the session may have ended since the request began). */
  async function analyst(request: FastifyRequest): Promise<string> {
    const session = await sessionOf(request)
    if (!session) throw sessionExpired()
    return session.name
  }

  // ---- published data: the same URLs as the static build, always the current version ----
  app.get<{ Params: { '*': string } }>('/data/*', { onRequest: requireViewer }, async (request, reply) => {
    const name = request.params['*']
    if (!isSafeRelativeName(name)) throw badPath()
    const file = await dataFiles.get(name)
    if (!file) throw notFound()
    const gz = file.body.length > 1024 && acceptsGzip(request.headers['accept-encoding'])
    void reply
      .header('Cache-Control', o.requireLogin ? 'private, no-cache' : 'no-cache')
      .header('ETag', gz ? `"${file.tag}-gz"` : `"${file.tag}"`)
      .header('Last-Modified', file.lastModified)
      .header('Vary', 'Accept-Encoding')
    if (isNotModified(file, request.headers['if-none-match'], request.headers['if-modified-since']))
      return reply.code(304).send()
    void reply.type(file.type)
    if (gz) return reply.header('Content-Encoding', 'gzip').send(await gzippedBody(file))
    return reply.send(file.body)
  })

  // ---- the API ----
  await app.register((api, _options, registered) => {
    api.addHook('onRequest', (_request, reply, done) => {
      void reply.header('Cache-Control', 'no-store')
      done()
    })

    api.get('/api/health', () => ({ ok: true, version: store.current, requireLogin: o.requireLogin }))

    const failuresByIp = app.createRateLimit({
      max: o.loginFailures.perIp.max,
      timeWindow: o.loginFailures.perIp.windowMs,
    })
    const failuresByName = app.createRateLimit({
      max: o.loginFailures.perName.max,
      timeWindow: o.loginFailures.perName.windowMs,
      keyGenerator: (request) => `name:${loginName(request.body)}`,
    })
    api.post(
      '/api/login',
      { config: { rateLimit: { max: o.loginRequests.max, timeWindow: o.loginRequests.windowMs } } },
      async (request, reply) => {
        const { name, password } = readLogin(request.body)
        const [ip, named] = await Promise.all([
          failuresByIp(request, { increment: false }),
          failuresByName(request, { increment: false }),
        ])
        const blocked = [ip, named].filter((l) => !l.isAllowed && l.remaining === 0)
        if (blocked.length) throw tooManyAttempts(Math.max(...blocked.map((l) => (l.isAllowed ? 0 : l.ttlInSeconds))))
        const user = await users.authenticate(name, password)
        if (!user) {
          await Promise.all([failuresByIp(request), failuresByName(request)])
          throw new ApiError(401, 'badCredentials', { zh: '用户名或密码不正确。', en: 'Wrong name or password.' })
        }
        const { token, session } = sessions.create(user.name)
        void reply.setCookie(SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          secure: request.protocol === 'https',
          maxAge: Math.floor(o.sessionTtlMs / 1000),
        })
        return { name: session.name, expiresAt: new Date(session.expiresAt).toISOString() }
      },
    )

    api.post('/api/logout', async (request, reply) => {
      sessions.end(request.cookies[SESSION_COOKIE])
      void reply.clearCookie(SESSION_COOKIE, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
      })
      return { ok: true }
    })

    api.get('/api/session', async (request) => {
      const session = await sessionOf(request)
      if (!session) throw request.cookies[SESSION_COOKIE] ? sessionExpired() : unauthenticated()
      return { name: session.name, expiresAt: new Date(session.expiresAt).toISOString() }
    })

    api.get('/api/versions', { onRequest: requireViewer }, () => ({
      current: store.current,
      versions: [...store.list()].reverse().map(publicMeta),
    }))

    /** Runs a write on top of `baseVersion`: refused (409) unless that is still current. */
    async function write(
      baseVersion: number,
      make: (version: number, at: string) => Promise<{ change: Change; meta: Omit<NewVersion, 'at' | 'counts'> }>,
    ) {
      return store.exclusive(async () => {
        if (baseVersion !== store.current) throw staleVersion(baseVersion, store.current)
        const at = new Date().toISOString()
        const { change, meta } = await make(store.current + 1, at)
        try {
          return await store.commit(change.files, { ...meta, at, counts: change.counts }, change.problems)
        } catch (e) {
          throw writeFailed(e instanceof Error && 'code' in e ? String(e.code) : 'I/O')
        }
      })
    }

    api.post('/api/publish', { onRequest: requireAnalyst, bodyLimit: o.publishBodyLimit }, async (request) => {
      const req = readPublishRequest(request.body)
      const by = await analyst(request)
      const meta = await write(req.baseVersion, async (version, at) => ({
        change: applyPublish(await store.read(), req, { version, at, by }, await store.problemCount()),
        meta: { by, action: 'publish', name: req.name, baseVersion: req.baseVersion, rollbackOf: null },
      }))
      return publicMeta(meta)
    })

    api.post('/api/rollback', { onRequest: requireAnalyst }, async (request) => {
      const req = readRollbackRequest(request.body)
      const by = await analyst(request)
      const meta = await write(req.baseVersion, async (version, at) => {
        const target = store.meta(req.version)
        if (!target)
          throw new ApiError(404, 'unknownVersion', {
            zh: `没有第 ${req.version} 版。`,
            en: `There is no version ${req.version}.`,
          })
        if (req.version === store.current) {
          throw new ApiError(422, 'alreadyCurrent', {
            zh: `第 ${req.version} 版就是当前版本。`,
            en: `Version ${req.version} is already the current version.`,
          })
        }
        return {
          change: applyRollback(await store.read(), await store.read(req.version), {
            version,
            at,
            by,
            rollbackOf: req.version,
          }),
          meta: { by, action: 'rollback', name: target.name, baseVersion: req.baseVersion, rollbackOf: req.version },
        }
      })
      return publicMeta(meta)
    })

    api.get('/api/events', { onRequest: requireViewer }, async (_request, reply) => {
      if (hub.full)
        throw new ApiError(503, 'tooManyListeners', {
          zh: '实时更新连接已满，请稍后再试。',
          en: 'Too many live-update connections; try again later.',
        })
      void reply.hijack()
      hub.add(reply.raw, store.current)
    })
    registered()
  })

  // ---- the app ----
  const appDir = o.appDir ? resolve(o.appDir) : undefined
  if (appDir && existsSync(join(appDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: appDir,
      wildcard: true,
      dotfiles: 'ignore',
      cacheControl: false,
      // The build's own copy of data/ is stale once anything is published: /data/* above serves the current version.
      allowedPath: (pathName) => !pathName.startsWith('/data/'),
      setHeaders: (reply, path) => {
        // Hashed file names change with their content; everything else is revalidated every time.
        void reply.header(
          'Cache-Control',
          path.startsWith(join(appDir, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
        )
      },
    })
  } else {
    app.get('/', () => {
      throw new ApiError(503, 'appNotBuilt', {
        zh: `应用尚未构建（${appDir ?? '未指定目录'} 中没有 index.html）：先运行 npm run build。`,
        en: `The app is not built (no index.html in ${appDir ?? 'any directory'}): run npm run build first.`,
      })
    })
  }

  return { app, store, hub, sessions, users }
}

function publicMeta(m: VersionMeta) {
  return {
    version: m.version,
    at: m.at,
    by: m.by,
    action: m.action,
    name: m.name,
    baseVersion: m.baseVersion,
    rollbackOf: m.rollbackOf,
    counts: m.counts,
  }
}

function loginName(body: unknown): string {
  const name = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).name : undefined
  return typeof name === 'string' ? name.trim().slice(0, 64) : ''
}

function readLogin(body: unknown): { name: string; password: string } {
  const b =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined
  if (
    !b ||
    typeof b.name !== 'string' ||
    typeof b.password !== 'string' ||
    b.name.length > 64 ||
    b.password.length > MAX_PASSWORD
  ) {
    throw badRequest('需要 {"name": 用户名, "password": 密码}。', 'expected {"name": account, "password": password}.')
  }
  return { name: b.name.trim(), password: b.password }
}

/** Every error the server sends has the same shape: code, reason in Chinese and English. */
function toApiError(error: FastifyError, request: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return bodyTooLarge(request.routeOptions.bodyLimit ?? 0)
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType()
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return badJson()
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return emptyBody()
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new ApiError(400, 'badRequest', { zh: `请求无效：${error.message}`, en: `Bad request: ${error.message}` })
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new ApiError(error.statusCode, 'httpError', {
      zh: `请求被拒绝：${error.message}`,
      en: `Request refused: ${error.message}`,
    })
  }
  return internalError()
}
