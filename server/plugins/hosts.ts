import { isIP } from 'node:net'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError } from '../errors'

/** A Host value's name, lower-case, without its port or an IPv6 address's brackets. */
function hostName(host: string): string {
  const h = host.trim().toLowerCase()
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'))
  const colon = h.indexOf(':')
  return colon < 0 ? h : h.slice(0, colon)
}

/** An IPv4 address as a dual-stack socket reports it (`::ffff:10.0.0.5`) is that IPv4 address. */
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase()

const isLoopback = (name: string) =>
  name === 'localhost' || name === '::1' || (isIP(name) === 4 && name.startsWith('127.'))

/** The host names of the configured origins; one that is not an http(s) origin stops the start, named. */
export function originNames(origins: readonly string[]): ReadonlySet<string> {
  return new Set(
    origins.map((origin) => {
      let url: URL | undefined
      try {
        url = new URL(origin)
      } catch {
        url = undefined
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
        throw new Error(`ORIGINS: "${origin}" is not an origin such as https://ip.example.cn or http://10.0.0.5:4173`)
      return hostName(url.host)
    }),
  )
}

// A name too long to be a host is cut in the message that quotes it.
const shown = (host: string) => (host.length > 100 ? `${host.slice(0, 100)}…` : host)

const unknownHost = (host: string) =>
  new ApiError(421, 'unknownHost', {
    zh: `拒绝请求：本服务器的地址不是“${shown(host)}”。如果这确是它的地址，请管理员把它加入 ORIGINS。`,
    en: `Refused: “${shown(host)}” is not an address of this server. If it is one, the administrator adds it to ORIGINS.`,
  })

const duplicateHost = () =>
  new ApiError(400, 'duplicateHost', {
    zh: '拒绝请求：请求中有不止一个 Host 头。',
    en: 'Refused: the request has more than one Host header.',
  })

const hostHeaders = (raw: readonly string[]) => raw.filter((h, i) => i % 2 === 0 && h.toLowerCase() === 'host').length

/**
 * Requests are answered only under a name the server goes by: a configured origin's host, a
 * loopback name, or the address the connection arrived at. A page of another site whose name was
 * made to resolve to this server (DNS rebinding) sends its own name as Host and is refused with
 * 421, before any route, file or session is looked at; so is a request with two Host headers,
 * which two parts of a chain of servers could read differently. Ports are not compared: a proxy may
 * pass the host without the port its clients used. `names` are the configured origins' (originNames).
 */
export const hosts = fp<{ readonly names: ReadonlySet<string> }>(
  (app, { names }, done) => {
    const known = (request: FastifyRequest, host: string | undefined) => {
      // A client that names no host (HTTP/1.0) is no browser: a page always sends its own.
      if (!host) return true
      const name = hostName(host)
      return names.has(name) || isLoopback(name) || name === plainAddress(request.socket.localAddress ?? '')
    }
    app.addHook('onRequest', (request, _reply, done) => {
      // Behind a trusted proxy, the host its client asked for (X-Forwarded-Host) is the one checked.
      const host: string | undefined = request.host
      if (hostHeaders(request.raw.rawHeaders) > 1) done(duplicateHost())
      else done(known(request, host) ? undefined : unknownHost(host ?? ''))
    })
    done()
  },
  { name: 'hosts' },
)
