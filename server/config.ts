import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import type { ServerOptions } from './options'

/** The repository root: defaults are the repository's data/, dist/ and var/. */
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))

export interface ListenOptions {
  readonly port: number
  readonly host: string
}

function number(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  { min = 0, max = Number.MAX_SAFE_INTEGER } = {},
): number {
  const text = env[name]
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name}=${text}: expected a number from ${min} to ${max}`)
  return value
}

const flag = (env: NodeJS.ProcessEnv, name: string) =>
  ['1', 'true', 'yes', 'on'].includes((env[name] ?? '').toLowerCase())

/** How many proxies to believe: a count of hops, or 1 for a yes (`TRUST_PROXY=1`, `on`…). */
function proxyHops(env: NodeJS.ProcessEnv, name: string): number | false {
  const text = env[name] ?? ''
  if (/^\d+$/.test(text)) return Number(text) || false
  return flag(env, name) ? 1 : false
}

/** The state directory alone (for the accounts CLI). */
export function stateDirOf(env: NodeJS.ProcessEnv): string {
  return resolve(env.STATE_DIR || resolve(ROOT, 'var'))
}

/** Server and listen options from the environment (documented in docs/server.md). */
export function fromEnv(env: NodeJS.ProcessEnv): { server: ServerOptions; listen: ListenOptions } {
  const server: ServerOptions = {
    stateDir: stateDirOf(env),
    seedDir: resolve(env.DATA_DIR || resolve(ROOT, 'data')),
    appDir: resolve(env.APP_DIR || resolve(ROOT, 'dist')),
    requireLogin: flag(env, 'REQUIRE_LOGIN'),
    trustProxy: proxyHops(env, 'TRUST_PROXY'),
    sessionTtlMs: number(env, 'SESSION_TTL_HOURS', 8, { min: 1 / 60, max: 24 * 30 }) * 60 * 60 * 1000,
    publishBodyLimit: number(env, 'PUBLISH_LIMIT_MB', 64, { min: 1, max: 1024 }) * 1024 * 1024,
    logLevel: env.LOG_LEVEL || 'warn',
  }
  const listen: ListenOptions = { port: number(env, 'PORT', 4173, { max: 65535 }), host: env.HOST || '127.0.0.1' }
  return { server, listen }
}
