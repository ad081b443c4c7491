import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { onTestFinished } from 'vitest'
import type { Clock } from '../../../server/delivery/clock'

/** A request a robot receiver held: its path, query and JSON body. */
interface RobotRequest {
  readonly path: string
  readonly query: URLSearchParams
  readonly body: Record<string, unknown>
}

const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

type Waiter = { readonly n: number; readonly resolve: () => void }

/** Resolves when `count()` reaches `n`: tests wait for what arrives, not for time. */
function arrivals(count: () => number) {
  const waiters: Waiter[] = []
  return {
    arrived: () => waiters.filter((w) => count() >= w.n).forEach((w) => w.resolve()),
    until: (n: number) => new Promise<void>((resolve) => (count() >= n ? resolve() : waiters.push({ n, resolve }))),
  }
}

/**
 * An HTTP endpoint on 127.0.0.1 standing in for the robots' servers: it holds every request and
 * answers as the robots document (`{"errcode":0,"errmsg":"ok"}`), or fails the first `failures`
 * requests with a 502 (or always, with Infinity).
 */
export async function robotReceiver(failures = 0) {
  const requests: RobotRequest[] = []
  const { arrived, until } = arrivals(() => requests.length)
  let failed = 0
  const server = createServer((req, res) => {
    void bodyOf(req).then((text) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      requests.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(text) as Record<string, unknown> })
      if (failed < failures) {
        failed++
        res.writeHead(502).end('bad gateway')
      } else res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}')
      arrived()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { base, requests, until, on: (path: string) => requests.filter((r) => r.path === path) }
}

/** A mail the SMTP receiver took: who logged in, the envelope and the raw message. */
interface ReceivedMail {
  readonly user: string | undefined
  readonly password: string | undefined
  readonly to: readonly string[]
  readonly raw: string
}

/** An SMTP server on 127.0.0.1 (no TLS) that takes every mail after a login with `password`. */
export async function smtpReceiver(password: string) {
  const mails: ReceivedMail[] = []
  const { arrived, until } = arrivals(() => mails.length)
  const logins = new Map<string, { user?: string; password?: string }>()
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, session, callback) {
      if (auth.password !== password) return callback(new Error('wrong password'))
      logins.set(session.id, { user: auth.username, password: auth.password })
      callback(null, { user: auth.username })
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const login = logins.get(session.id)
        mails.push({
          user: login?.user,
          password: login?.password,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
        arrived()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { port, mails, until }
}

/** The base64 part of a MIME message whose Content-Type is `type`, decoded. */
export function mimePart(raw: string, type: string): { headers: string; body: Buffer } | undefined {
  // Long headers are folded onto lines that begin with a space.
  const unfolded = raw.replace(/\r\n[ \t]+/g, ' ')
  const at = unfolded.indexOf(`Content-Type: ${type}`)
  if (at < 0) return undefined
  const start = unfolded.indexOf('\r\n\r\n', at) + 4
  const end = unfolded.indexOf('\r\n--', start)
  return {
    headers: unfolded.slice(at, start),
    body: Buffer.from(unfolded.slice(start, end).replace(/\s+/g, ''), 'base64'),
  }
}

/** A header's value with its encoded words (`=?UTF-8?B?…?=`) decoded. */
export function headerText(raw: string, name: string): string {
  const line = raw.replace(/\r\n[ \t]+/g, ' ').match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1] ?? ''
  return line.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/gi, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))
}

/** A clock the test moves: timers fire as it is set forward, in order of their time. */
export class TestClock implements Clock {
  private timers: { at: number; fn: () => void }[] = []

  constructor(private time: number) {}

  now(): number {
    return this.time
  }

  after(ms: number, fn: () => void): () => void {
    const timer = { at: this.time + Math.max(0, ms), fn }
    this.timers.push(timer)
    return () => {
      this.timers = this.timers.filter((t) => t !== timer)
    }
  }

  /** Moves to `time`, firing every timer due on the way at its own time. */
  moveTo(time: number): void {
    for (;;) {
      const next = this.timers.filter((t) => t.at <= time).sort((a, b) => a.at - b.at)[0]
      if (!next) break
      this.timers = this.timers.filter((t) => t !== next)
      this.time = next.at
      next.fn()
    }
    this.time = time
  }
}
