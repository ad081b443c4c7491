import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, inject } from 'vitest'
import { buildServer, type Server } from '../../server/app'
import type { ServerOptions } from '../../server/config'
import { UserStore } from '../../server/store/users'
import { HEADER } from '../support/syntheticFigures'

export { HEADER }

export const ROOT = resolve(import.meta.dirname, '../..')
const DATA = join(ROOT, 'data')
/** Cheap hashing for test accounts: the production cost is tested by the CLI test. */
const TEST_COST = { N: 1 << 10, r: 8, p: 1 }
export const PASSWORD = 'correct horse battery'

/** The repository's real rows (header excluded), to build imports from published figures. */
async function realRows(): Promise<string[]> {
  return (await readFile(join(DATA, 'observations.csv'), 'utf8')).split('\n').slice(1).filter(Boolean)
}

/** The real row that starts with `prefix` (e.g. `衡阳市,2022,patent_grants,`). */
export async function realRow(prefix: string): Promise<string> {
  const row = (await realRows()).find((r) => r.startsWith(prefix))
  if (!row) throw new Error(`no row ${prefix} in data/observations.csv`)
  return row
}

export interface TempDirs {
  readonly root: string
  readonly state: string
  readonly seed: string
  cleanup(): Promise<void>
}

/** A fresh state directory and a copy of data/ to seed it, optionally without some rows. */
export async function tempDirs(options: { dropRows?: readonly string[] } = {}): Promise<TempDirs> {
  const root = await mkdtemp(join(tmpdir(), 'hy-server-'))
  const seed = join(root, 'seed')
  await cp(DATA, seed, { recursive: true })
  if (options.dropRows?.length) {
    const path = join(seed, 'observations.csv')
    const lines = (await readFile(path, 'utf8')).split('\n')
    await writeFile(path, lines.filter((l) => !options.dropRows?.includes(l)).join('\n'))
  }
  return { root, state: join(root, 'state'), seed, cleanup: () => rm(root, { recursive: true, force: true }) }
}

export interface Running extends Server {
  readonly url: string
  close(): Promise<void>
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** file: URLs of the server's modules compiled once for the run (tests/support/compiledServer.ts). */
    compiled: { worker: string; userCli: string; lock: string }
  }
}

/** In Vitest, the checking thread compiled for the run; scripts that start a server keep tsx's. */
const compiledThread = () => (process.env.VITEST ? inject('compiled').worker : undefined)

/** Builds and starts the server on 127.0.0.1 with a free port. */
export async function start(dirs: TempDirs, options: Partial<ServerOptions> = {}): Promise<Running> {
  const server = await buildServer({
    stateDir: dirs.state,
    seedDir: dirs.seed,
    logLevel: 'silent',
    checkingThread: compiledThread(),
    ...options,
  })
  await server.app.listen({ host: '127.0.0.1', port: 0 })
  const address = server.app.server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return { ...server, url: `http://127.0.0.1:${address.port}`, close: () => server.app.close() }
}

/**
 * Starts the real server (`node --import tsx server/main.ts`, configured by `env` as in production)
 * in its own process on `dirs`, and waits for the URL it prints. `started` sees the process at once,
 * so that a test can kill it whatever happens.
 */
export function spawnMain(
  dirs: TempDirs,
  { env = {}, started }: { env?: Record<string, string>; started?: (child: ChildProcess) => void } = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      STATE_DIR: dirs.state,
      DATA_DIR: dirs.seed,
      APP_DIR: join(dirs.root, 'no-app'),
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started?.(child)
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += String(c)))
    child.stdout.on('data', (c: Buffer) => {
      out += String(c)
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1]
      if (url) resolve({ child, url })
    })
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}${err}`)))
  })
}

export interface ServerPerTest {
  /** This test's state and seed directories. */
  readonly dirs: TempDirs
  /** The server this test started last; throws before one is started. */
  readonly server: Running
  /** Starts a server on this test's directories; it is closed after the test. */
  start(options?: Partial<ServerOptions>): Promise<Running>
}

/**
 * Gives each test of the file fresh directories with the named accounts (alice by default), started
 * with `start` when it is set, and closes the server and removes the directories after it.
 */
export function serverPerTest(
  setup: {
    users?: readonly string[]
    start?: boolean | Partial<ServerOptions>
    dropRows?: readonly string[]
  } = {},
): ServerPerTest {
  let dirs: TempDirs | undefined
  let server: Running | undefined
  const perTest: ServerPerTest = {
    get dirs() {
      if (!dirs) throw new Error('no directories outside a test')
      return dirs
    },
    get server() {
      if (!server) throw new Error('no server started')
      return server
    },
    async start(options = {}) {
      server = await start(perTest.dirs, options)
      return server
    },
  }
  beforeEach(async () => {
    dirs = await tempDirs({ dropRows: setup.dropRows })
    for (const name of setup.users ?? ['alice']) await addUser(dirs.state, name)
    if (setup.start) await perTest.start(setup.start === true ? {} : setup.start)
  })
  afterEach(async () => {
    await server?.close()
    server = undefined
    await dirs?.cleanup()
    dirs = undefined
  })
  return perTest
}

export async function addUser(state: string, name: string, password = PASSWORD): Promise<void> {
  await new UserStore(state).add(name, password, { cost: TEST_COST })
}

export interface Reply<T = Record<string, unknown>> {
  readonly status: number
  readonly headers: Headers
  readonly body: T
}

/** A JSON request; `cookie` is sent as given. */
export async function call<T = Record<string, unknown>>(
  url: string,
  method: string,
  body?: unknown,
  init: { cookie?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...init.headers }
  if (body !== undefined) headers['content-type'] ??= 'application/json'
  if (init.cookie) headers.cookie = init.cookie
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: the text itself
  }
  return { status: res.status, headers: res.headers, body: parsed as T }
}

/** Logs in and returns the cookie header to send. */
export async function login(url: string, name: string, password = PASSWORD): Promise<string> {
  const res = await call(`${url}/api/login`, 'POST', { name, password })
  if (res.status !== 200) throw new Error(`login ${name}: ${res.status} ${JSON.stringify(res.body)}`)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('hy_session='))
  if (!cookie) throw new Error('no session cookie')
  return cookie.split(';')[0] ?? ''
}

/** The status /api/session answers for `cookie`: 200 while its session lasts. */
export const sessionStatus = async (url: string, cookie: string) =>
  (await call(`${url}/api/session`, 'GET', undefined, { cookie })).status

/** Publishes `csv` as `name` over `baseVersion` with the session in `cookie`. */
export const publishCsv = <T = Record<string, unknown>>(
  url: string,
  cookie: string,
  body: { baseVersion: number; name: string; csv: string },
) => call<T>(`${url}/api/publish`, 'POST', body, { cookie })

export const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

export async function currentVersion(url: string): Promise<number> {
  return (await call<{ version: number }>(`${url}/api/health`, 'GET')).body.version
}

export async function text(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: string }> {
  const res = await fetch(url, { headers })
  return { status: res.status, headers: res.headers, body: await res.text() }
}
