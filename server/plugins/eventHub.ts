import type { ServerResponse } from 'node:http'
import fp from 'fastify-plugin'
import type { VersionEvent } from '../../contract/api'

declare module 'fastify' {
  interface FastifyInstance {
    /** Every open event stream: `GET /api/events` adds to it, a new version is announced on it. */
    readonly eventHub: EventHub
  }
}

/** How long a client turned away waits before it tries again: spread, so that they do not all return at once. */
const TURNED_AWAY_RETRY_MS = { min: 30_000, spread: 30_000 }

const STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  // nginx would otherwise buffer the stream and deliver events late.
  'X-Accel-Buffering': 'no',
}

/**
 * Server-Sent Events to every open dashboard and screen. One timer for all clients (not one per
 * client) keeps proxies from closing idle streams; a client is forgotten as soon as its
 * connection closes, so nothing accumulates over days of screens reconnecting.
 *
 * Streams are capped in all and per client address, so one client cannot take them all. A stream
 * past either cap is still answered as a stream (a bare 503 would make EventSource give up for
 * good): it gets the current version and a later reconnection time, and ends, so the browser
 * comes back by itself and learns of new versions at each visit meanwhile.
 */
export class EventHub {
  private readonly clients = new Set<ServerResponse>()
  private readonly perClient = new Map<string, number>()
  private heartbeat: ReturnType<typeof setInterval> | undefined

  constructor(
    private readonly heartbeatMs: number,
    readonly maxClients: number,
    readonly maxPerClient: number,
  ) {}

  get size(): number {
    return this.clients.size
  }

  /**
   * Takes over a response for `client` (its address): a stream with the reconnect delay and the
   * current version at once, or, past a cap, the version and a later reconnect.
   */
  add(res: ServerResponse, version: number, client: string): void {
    const held = this.perClient.get(client) ?? 0
    const busy =
      held >= this.maxPerClient ? 'from this address' : this.clients.size >= this.maxClients ? 'on this server' : null
    res.writeHead(200, STREAM_HEADERS)
    if (busy) {
      const retry = TURNED_AWAY_RETRY_MS.min + Math.floor(Math.random() * TURNED_AWAY_RETRY_MS.spread)
      res.end(`retry: ${retry}\n: too many live-update streams ${busy}; reconnect later\n\n${versionEvent(version)}`)
      return
    }
    res.write(`retry: 3000\n\n${versionEvent(version)}`)
    this.clients.add(res)
    this.perClient.set(client, held + 1)
    res.on('close', () => this.remove(res, client))
    this.heartbeat ??= setInterval(() => this.send(': heartbeat\n\n'), this.heartbeatMs)
    this.heartbeat.unref()
  }

  /** Tells every client that version `version` is now current. */
  announce(version: number): void {
    this.send(versionEvent(version))
  }

  /** Ends every stream (on shutdown): clients reconnect to the next server by themselves. */
  closeAll(): void {
    for (const res of this.clients) res.end()
    this.clients.clear()
    this.perClient.clear()
    this.stopHeartbeat()
  }

  private send(chunk: string): void {
    for (const res of this.clients) res.write(chunk)
  }

  private remove(res: ServerResponse, client: string): void {
    if (!this.clients.delete(res)) return
    const held = (this.perClient.get(client) ?? 1) - 1
    if (held > 0) this.perClient.set(client, held)
    else this.perClient.delete(client)
    if (this.clients.size === 0) this.stopHeartbeat()
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat)
    this.heartbeat = undefined
  }
}

const versionEvent = (version: number) =>
  `event: version\ndata: ${JSON.stringify({ version } satisfies VersionEvent)}\n\n`

/** The hub as `app.eventHub`; closing the app ends every stream first, so closing never waits for them. */
export const eventHub = fp<{
  readonly heartbeatMs: number
  readonly maxClients: number
  readonly maxPerClient: number
}>(
  (app, { heartbeatMs, maxClients, maxPerClient }, done) => {
    const hub = new EventHub(heartbeatMs, maxClients, maxPerClient)
    app.decorate('eventHub', hub)
    app.addHook('preClose', (closed) => {
      hub.closeAll()
      closed()
    })
    done()
  },
  { name: 'event-hub' },
)
