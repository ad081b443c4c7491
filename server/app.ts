import { resolve } from 'node:path'
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import { Checker } from './checking/checker'
import { withDefaults, type ServerOptions, type Settings } from './config'
import { delivery, deliveryOptions } from './delivery/plugin'
import { appFiles } from './plugins/static'
import { bodies } from './plugins/bodies'
import { capConnectionsPerAddress } from './plugins/connections'
import { errors, frameworkErrors } from './plugins/errors'
import { eventHub, type EventHub } from './plugins/eventHub'
import { hosts, originNames } from './plugins/hosts'
import { rateLimits } from './plugins/rateLimits'
import { security } from './plugins/security'
import { sessions } from './plugins/sessions'
import { shareReaders } from './plugins/shareReaders'
import { proxyTrust } from './proxies'
import { dataRoutes } from './routes/data'
import { deliveryRoutes } from './routes/delivery'
import { eventsRoutes } from './routes/events'
import { healthRoutes } from './routes/health'
import { loginRoutes } from './routes/login'
import { publishRoutes } from './routes/publish'
import { rollbackRoutes } from './routes/rollback'
import { screensRoutes } from './routes/screens'
import { shareRoutes } from './routes/shares'
import { versionsRoutes } from './routes/versions'
import { DataFiles } from './store/dataFiles'
import { lockStateDir } from './store/lock'
import { ScreenStore } from './store/screens'
import { KnownAddresses } from './store/knownAddresses'
import { SessionStore } from './store/sessions'
import { ShareStore } from './store/shares'
import { UserStore } from './store/users'
import { VersionStore } from './store/versions'

export interface Server {
  readonly app: FastifyInstance
  readonly store: VersionStore
  readonly hub: EventHub
  readonly sessions: SessionStore
  readonly users: UserStore
}

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

async function assemble(o: Settings, release: () => Promise<void>): Promise<Server> {
  const trust = proxyTrust(o.trustProxy)
  const store = await VersionStore.open(resolve(o.stateDir), resolve(o.seedDir), o.log)
  const users = new UserStore(resolve(o.stateDir))
  const sessionStore = await SessionStore.open(resolve(o.stateDir), o.sessionTtlMs, o.log)
  const knownAddresses = await KnownAddresses.open(resolve(o.stateDir), o.log)
  const shares = await ShareStore.open(resolve(o.stateDir), o.log)
  const screens = await ScreenStore.open(resolve(o.stateDir), { beatMs: o.screenBeatMs, max: o.maxScreens, log: o.log })
  const checker = new Checker(o.checkingThread)
  await checker.ready()

  const app = Fastify({
    logger: { level: o.logLevel },
    trustProxy: trust,
    bodyLimit: o.bodyLimit,
    // On shutdown (after any publish in progress has finished, see main.ts) open streams and
    // keep-alive sockets are cut rather than waited for: browsers reconnect by themselves.
    forceCloseConnections: true,
    // Refusals before routing (a URL that does not decode) answer with the API's error body too.
    frameworkErrors,
    // A client that sends slowly is cut off: a publish of 64 MB arrives in well under a minute even
    // over a slow office link. Responses (event streams) are not limited by this.
    requestTimeout: o.requestTimeoutMs,
    // Node looks for requests past their time at this interval (30 s unless told).
    http: { connectionsCheckingInterval: Math.max(100, Math.min(30_000, o.requestTimeoutMs / 4)) },
  }).withTypeProvider<TypeBoxTypeProvider>()
  app.server.headersTimeout = Math.min(o.headersTimeoutMs, o.requestTimeoutMs)
  capConnectionsPerAddress(app.server, o.maxConnectionsPerAddress, (address) => trust(address, 0))
  // Request bodies are checked against the contract's schemas, as JSON arrives: no type coercion.
  app.setValidatorCompiler(TypeBoxValidatorCompiler)
  app.addHook('onClose', async () => {
    await checker.close()
    await release()
  })

  await app.register(eventHub, {
    heartbeatMs: o.heartbeatMs,
    maxClients: o.maxEventClients,
    maxPerClient: o.maxEventStreamsPerClient,
  })
  store.onCommit((meta) => app.eventHub.announce(meta.version))
  await app.register(security)
  await app.register(hosts, { names: originNames(o.origins) })
  await app.register(errors)
  await app.register(bodies)
  await app.register(rateLimits)
  await app.register(sessions, { sessions: sessionStore, users, requireLogin: o.requireLogin })
  const sending = { ...deliveryOptions(o.delivery, o.log), watermark: () => shares.watermark }
  const now = () => sending.clock.now()
  await app.register(shareReaders, { store: shares, now, requireLogin: o.requireLogin })
  await app.register(delivery, { store, checker, stateDir: resolve(o.stateDir), options: sending })

  await app.register(dataRoutes, { dataFiles: new DataFiles(store), requireLogin: o.requireLogin })
  await app.register(async (api) => {
    api.addHook('onRequest', (_request, reply, done) => {
      void reply.header('Cache-Control', 'no-store')
      done()
    })
    await api.register(healthRoutes, { store, requireLogin: o.requireLogin })
    await api.register(loginRoutes, {
      loginFailures: o.loginFailures,
      loginRequests: o.loginRequests,
      knownAddresses,
    })
    await api.register(versionsRoutes, { store })
    await api.register(publishRoutes, { store, checker, bodyLimit: o.publishBodyLimit, maxFigures: o.maxFigures })
    await api.register(rollbackRoutes, { store, checker })
    await api.register(eventsRoutes, { store })
    await api.register(screensRoutes, { store, screens, limit: o.screenRequests })
    await api.register(deliveryRoutes, { delivery: app.delivery, now })
    await api.register(shareRoutes, { now })
  })
  await app.register(appFiles, { appDir: o.appDir })

  return { app, store, hub: app.eventHub, sessions: sessionStore, users }
}
