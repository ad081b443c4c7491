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
   * hops, so the address is the one the nearest proxy saw, not what the client wrote before it.
   */
  readonly trustProxy?: boolean | number
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
  /** Most figures a published version may hold (a publish past it is refused with 413). */
  readonly maxFigures?: number
  /** Longest time to receive a whole request, body included (ms). */
  readonly requestTimeoutMs?: number
  /** Longest time to receive a request's headers (ms). */
  readonly headersTimeoutMs?: number
  /** Open connections allowed from one client address. */
  readonly maxConnectionsPerAddress?: number
}

const MB = 1024 * 1024

export const withDefaults = (options: ServerOptions) => ({
  requireLogin: false,
  trustProxy: false as boolean | number,
  sessionTtlMs: 8 * 60 * 60 * 1000,
  publishBodyLimit: 64 * MB,
  bodyLimit: 16 * 1024,
  loginFailures: { perIp: { max: 20, windowMs: 15 * 60 * 1000 }, perName: { max: 10, windowMs: 15 * 60 * 1000 } },
  loginRequests: { max: 60, windowMs: 60 * 1000 },
  heartbeatMs: 25_000,
  maxEventClients: 2000,
  log: () => {},
  logLevel: 'warn',
  maxFigures: 2_000_000,
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  maxConnectionsPerAddress: 256,
  ...options,
})

/** The options with every default filled in. */
export type Settings = ReturnType<typeof withDefaults>
