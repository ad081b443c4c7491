import type { ServerResponse } from 'node:http'
import fp from 'fastify-plugin'
import type { VersionEvent } from '../../contract/api'

declare module 'fastify' {
  interface FastifyInstance {
    /** Every open event stream: `GET /api/events` adds to it, a new version is announced on it. */
    readonly eventHub: EventHub
  }
}

/**
 * Server-Sent Events to every open dashboard and screen. One timer for all clients (not one per
 * client) keeps proxies from closing idle streams; a client is forgotten as soon as its
 * connection closes, so nothing accumulates over days of screens reconnecting.
 */
export class EventHub {
  private readonly clients = new Set<ServerResponse>()
  private heartbeat: ReturnType<typeof setInterval> | undefined

  constructor(
    private readonly heartbeatMs: number,
    readonly maxClients: number,
  ) {}

  get size(): number {
    return this.clients.size
  }

  get full(): boolean {
    return this.clients.size >= this.maxClients
  }

  /** Takes over a response: headers, the reconnect delay and the current version at once. */
  add(res: ServerResponse, version: number): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx would otherwise buffer the stream and deliver events late.
      'X-Accel-Buffering': 'no',
    })
    res.write(`retry: 3000\n\n${versionEvent(version)}`)
    this.clients.add(res)
    res.on('close', () => this.remove(res))
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
    this.stopHeartbeat()
  }

  private send(chunk: string): void {
    for (const res of this.clients) res.write(chunk)
  }

  private remove(res: ServerResponse): void {
    this.clients.delete(res)
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
export const eventHub = fp<{ readonly heartbeatMs: number; readonly maxClients: number }>(
  (app, { heartbeatMs, maxClients }, done) => {
    const hub = new EventHub(heartbeatMs, maxClients)
    app.decorate('eventHub', hub)
    app.addHook('preClose', (closed) => {
      hub.closeAll()
      closed()
    })
    done()
  },
  { name: 'event-hub' },
)
