import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import envSchema from 'env-schema'
import { Type, type Static } from 'typebox'
import { proxyList, type TrustProxy } from './proxies'
import type { DeliveryOptions } from './delivery/delivery'

export interface Limit {
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
  /**
   * Believe X-Forwarded-Proto/-For from reverse proxies (only behind them): a number trusts that many
   * hops, so the address is the one the nearest proxy saw, not what the client wrote before it; a
   * list of addresses or subnets trusts those proxies only. The connection cap per address leaves
   * trusted proxies out: their clients are counted by the address the proxy forwards.
   */
  readonly trustProxy?: TrustProxy
  /**
   * The origins browsers reach the server at (`https://ip.example.cn`): a request whose Host names
   * none of them, no loopback name and not the address it arrived at is refused (DNS rebinding).
   */
  readonly origins?: readonly string[]
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
  /** Event streams open at once, in all. */
  readonly maxEventClients?: number
  /** Event streams open at once from one client address (as `trustProxy` names it). */
  readonly maxEventStreamsPerClient?: number
  /** Where startup and recovery notes go. */
  readonly log?: (message: string) => void
  /** Fastify's logger level ('silent' in tests). */
  readonly logLevel?: string
  /** Most figures a published version may hold (a publish past it is refused with 413). */
  readonly maxFigures?: number
  /** Longest time to receive a whole request, body included (ms). */
  readonly requestTimeoutMs?: number
  /** Longest time to receive a request's headers (ms). */
  readonly headersTimeoutMs?: number
  /** Open connections allowed from one client address. */
  readonly maxConnectionsPerAddress?: number
  /** How often meeting-room screens send their heartbeat (ms); three missed make a screen silent. */
  readonly screenBeatMs?: number
  /** Requests per client address to each screens route (heartbeats, the list, reloads). */
  readonly screenRequests?: Limit
  /** Most screens listed. */
  readonly maxScreens?: number
  /** Delivery to robots and mail: the dashboard's public address, retry waits, and (in tests) the clock. */
  readonly delivery?: Partial<Omit<DeliveryOptions, 'log'>>
  /**
   * The checking thread's module compiled to JavaScript (a file: URL). By default the thread compiles
   * its TypeScript with tsx as it starts, about 2 s of CPU; the tests start hundreds of servers and
   * pass one compiled once for the run.
   */
  readonly checkingThread?: string
}

const MB = 1024 * 1024

export const withDefaults = (options: ServerOptions) => ({
  requireLogin: false,
  trustProxy: false as TrustProxy,
  origins: [] as readonly string[],
  sessionTtlMs: 8 * 60 * 60 * 1000,
  publishBodyLimit: 64 * MB,
  bodyLimit: 16 * 1024,
  loginFailures: { perIp: { max: 20, windowMs: 15 * 60 * 1000 }, perName: { max: 10, windowMs: 15 * 60 * 1000 } },
  loginRequests: { max: 60, windowMs: 60 * 1000 },
  heartbeatMs: 25_000,
  maxEventClients: 2000,
  maxEventStreamsPerClient: 64,
  log: () => {},
  logLevel: 'warn',
  maxFigures: 2_000_000,
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  maxConnectionsPerAddress: 256,
  screenBeatMs: 60_000,
  screenRequests: { max: 120, windowMs: 60 * 1000 },
  maxScreens: 500,
  ...options,
})

/** The options with every default filled in. */
export type Settings = ReturnType<typeof withDefaults>

/** The repository root: defaults are the repository's data/, dist/ and var/. */
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))

const YES = ['1', 'true', 'yes', 'on']
/** Yes or no, as an environment variable says it. */
const Flag = Type.Enum([...YES, '0', 'false', 'no', 'off'], { default: '0' })

/** The environment the server reads (documented in docs/server.md); numbers arrive as text and are converted. */
const Environment = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 4173 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  STATE_DIR: Type.String({ minLength: 1, default: resolve(ROOT, 'var') }),
  DATA_DIR: Type.String({ minLength: 1, default: resolve(ROOT, 'data') }),
  APP_DIR: Type.String({ minLength: 1, default: resolve(ROOT, 'dist') }),
  REQUIRE_LOGIN: Flag,
  // A number of proxies to believe, a yes for one, or the proxies' addresses and subnets, comma-separated.
  TRUST_PROXY: Type.Union([Type.Integer({ minimum: 0 }), Flag, Type.String({ pattern: '^[0-9A-Fa-f:./, ]+$' })], {
    default: 0,
  }),
  // Origins separated by commas or spaces.
  ORIGINS: Type.String({ default: '' }),
  SESSION_TTL_HOURS: Type.Number({ minimum: 1 / 60, maximum: 24 * 30, default: 8 }),
  PUBLISH_LIMIT_MB: Type.Number({ minimum: 1, maximum: 1024, default: 64 }),
  SCREEN_BEAT_SECONDS: Type.Number({ minimum: 5, maximum: 3600, default: 60 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'warn' }),
  // The dashboard's address as its readers open it, linked from every delivered message.
  PUBLIC_URL: Type.String({ pattern: '^(https?://\\S+)?$', default: '' }),
})
type Environment = Static<typeof Environment>

/** Server and listen options from the environment; a value out of its range stops the start, naming it. */
export function fromEnv(env: NodeJS.ProcessEnv): {
  server: ServerOptions
  listen: { readonly port: number; readonly host: string }
} {
  // An empty variable (`PORT=` in a unit file) counts as unset.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const e = envSchema<Environment>({ schema: Environment, data: set, env: false })
  const server: ServerOptions = {
    stateDir: resolve(e.STATE_DIR),
    seedDir: resolve(e.DATA_DIR),
    appDir: resolve(e.APP_DIR),
    requireLogin: YES.includes(e.REQUIRE_LOGIN),
    trustProxy: trustOf(e.TRUST_PROXY),
    origins: e.ORIGINS.split(/[\s,]+/).filter(Boolean),
    sessionTtlMs: e.SESSION_TTL_HOURS * 60 * 60 * 1000,
    publishBodyLimit: e.PUBLISH_LIMIT_MB * MB,
    logLevel: e.LOG_LEVEL,
    screenBeatMs: e.SCREEN_BEAT_SECONDS * 1000,
    delivery: { publicUrl: e.PUBLIC_URL },
  }
  return { server, listen: { port: e.PORT, host: e.HOST } }
}

function trustOf(setting: Environment['TRUST_PROXY']): TrustProxy {
  if (typeof setting === 'number') return setting || false
  if (Flag.enum.includes(setting)) return YES.includes(setting) && 1
  const proxies = setting.split(',').map((entry) => entry.trim())
  try {
    proxyList(proxies)
  } catch (e) {
    throw new Error(`TRUST_PROXY: ${(e as Error).message}`)
  }
  return proxies
}
