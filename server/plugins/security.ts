import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet'
import Fastify, { type FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ApiError } from '../errors'

/**
 * What the built app needs and nothing more (tests/e2e/contentSecurity.test.ts loads it under this).
 * Styles allow 'unsafe-inline' because chart tooltips are HTML whose markup carries style
 * attributes; images allow data: for the favicon and a chart's PNG export; the import worker and
 * the service worker are the app's own files. No page may frame the app.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
} as const

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

const HELMET: FastifyHelmetOptions = {
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'same-origin' },
  // The server speaks plain HTTP: whether a host is https-only (and its subdomains with it) is for
  // the proxy in front to say. The cross-origin and legacy headers add nothing for an app that
  // loads only its own files under the policy above.
  strictTransportSecurity: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
}

/**
 * The headers @fastify/helmet sets, asked of it once, on a server of their own. The plugin builds
 * Helmet's middleware again for every request (parsing the policy each time): with viewers polling,
 * that was half of what the event loop allocated, and its garbage collections paused every
 * answer. The headers depend on nothing in the request.
 */
async function helmetHeaders(): Promise<Record<string, string>> {
  const probe = Fastify()
  await probe.register(fastifyHelmet, HELMET)
  probe.get('/', (_request, reply) => reply.raw.getHeaders())
  const headers = (await probe.inject('/')).json<Record<string, string>>()
  await probe.close()
  return headers
}

/**
 * Headers every answer carries (Helmet's), state-changing requests from this server's own pages
 * only, and JSON as the only body type: a form post or text/plain from another site is 415 (and a
 * cross-site page cannot send application/json without a CORS preflight, which this server never
 * grants).
 */
export const security = fp(
  async (app) => {
    const headers = Object.entries(await helmetHeaders())
    app.removeContentTypeParser('text/plain')
    app.addHook('onRequest', (request, reply, done) => {
      // On the raw answer, as Helmet sets them: streamed answers carry them too.
      for (const [name, value] of headers) reply.raw.setHeader(name, value)
      done(STATE_CHANGING.has(request.method) && !fromOwnPages(request) ? crossOrigin() : undefined)
    })
  },
  { name: 'security' },
)
