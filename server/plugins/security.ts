import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError } from '../errors'

/**
 * What the built app needs and nothing more (tests/e2e/contentSecurity.test.ts loads it under this).
 * Styles allow 'unsafe-inline' because chart tooltips are HTML whose markup carries style
 * attributes; images allow data: for the favicon and a chart's PNG export; the import worker and
 * the service worker are the app's own files. No page may frame the app.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Whether a request may change state: from a page of this server, or from a client that is no page
 * at all (no Origin and no Sec-Fetch-Site: the CLI, curl, tests). A SameSite=Strict cookie alone
 * lets a same-site page (another port, a sibling host) log an analyst out.
 */
function fromOwnPages(request: FastifyRequest): boolean {
  const origin = request.headers.origin
  if (origin !== undefined) return origin === `${request.protocol}://${request.host}`
  const site = request.headers['sec-fetch-site']
  return site === undefined || site === 'same-origin' || site === 'none'
}

const crossOrigin = () =>
  new ApiError(403, 'crossOrigin', {
    zh: '拒绝来自其他网站的请求：只能在本站页面上登录、发布和回滚。',
    en: 'Refused a request from another site: log in, publish and roll back from this server’s own pages.',
  })

/**
 * Headers every answer carries, state-changing requests from this server's own pages only, and
 * JSON as the only body type: a form post or text/plain from another site is 415 (and a cross-site
 * page cannot send application/json without a CORS preflight, which this server never grants).
 */
export const security = fp(
  (app, _options, done) => {
    app.removeContentTypeParser('text/plain')
    app.addHook('onRequest', (request, reply, done) => {
      void reply
        .header('X-Content-Type-Options', 'nosniff')
        .header('Referrer-Policy', 'same-origin')
        .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
        .header('X-Frame-Options', 'DENY')
      done(STATE_CHANGING.has(request.method) && !fromOwnPages(request) ? crossOrigin() : undefined)
    })
    done()
  },
  { name: 'security' },
)
