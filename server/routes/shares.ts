import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import {
  MAX_SHARE_DAYS,
  ShareCreated,
  ShareId,
  ShareInfo,
  ShareList,
  ShareOpenRequest,
  ShareReader,
  ShareRequest,
  ShareSettings,
  type ShareInfo as ShareInfoBody,
} from '../../contract/share'
import { ApiError, badRequest } from '../errors'
import { Budget } from '../loginAttempts'
import { shareEnded } from '../plugins/shareReaders'
import type { ShareState, StoredShare } from '../store/shares'
import { errorResponses } from './responses'

/** Requests per address and minute to the analysts' routes, and openings of links per address. */
const PER_MINUTE = 60
const OPENS_PER_MINUTE = 30
/** Wrong access codes allowed per link, and per address, in a quarter of an hour. */
const WRONG_CODES = { perLink: { max: 5, windowMs: 15 * 60_000 }, perAddress: { max: 10, windowMs: 15 * 60_000 } }
const DAY = 24 * 60 * 60 * 1000

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

const shown = (s: StoredShare, state: ShareState): ShareInfoBody => ({
  id: s.id,
  name: s.name,
  view: s.view,
  createdAt: new Date(s.createdAt).toISOString(),
  createdBy: s.createdBy,
  expiresAt: new Date(s.expiresAt).toISOString(),
  withCode: s.code !== null,
  revokedAt: iso(s.revokedAt),
  state,
  opens: s.opens,
  lastOpenAt: iso(s.lastOpenAt),
})

const readerOf = (s: StoredShare) => ({ name: s.name, expiresAt: new Date(s.expiresAt).toISOString(), view: s.view })

const unknownShare = () =>
  new ApiError(404, 'unknownShare', {
    zh: '这个分享链接不存在：它可能抄错了，或已被删除。',
    en: 'There is no such share link: it may have been copied wrong, or removed.',
  })

const codeNeeded = (wrong: boolean) =>
  new ApiError(
    401,
    wrong ? 'wrongShareCode' : 'shareCodeNeeded',
    wrong
      ? { zh: '访问码不正确。', en: 'The access code is wrong.' }
      : { zh: '这个链接需要访问码。', en: 'This link needs an access code.' },
  )

function tooManyCodes(retryAfterSeconds: number): ApiError {
  const s = Math.max(1, Math.ceil(retryAfterSeconds))
  return new ApiError(
    429,
    'tooManyCodes',
    { zh: `访问码错误次数过多，请 ${s} 秒后再试。`, en: `Too many wrong access codes; try again in ${s} s.` },
    { retryAfter: s },
    { 'Retry-After': String(s) },
  )
}

type Options = { now: () => number }
type App = Parameters<FastifyPluginCallbackTypebox<Options>>[0]

const limited = { rateLimit: { max: PER_MINUTE, timeWindow: 60_000 } }

/**
 * `/api/shares…`: an analyst's links (made, listed with their openings, revoked) and the watermark
 * setting; `POST /api/share/open`: a reader opening a link, which gives their browser the link's
 * cookie. Changes come from the server's own pages only (plugins/security.ts).
 */
export const shareRoutes: FastifyPluginCallbackTypebox<Options> = (app, { now }, done) => {
  const info = (s: StoredShare) => shown(s, app.shares.stateOf(s, now()))
  app.get(
    '/api/shares',
    { onRequest: app.requireAnalyst, config: limited, schema: { response: { 200: ShareList, ...errorResponses } } },
    () => ({ settings: { watermark: app.shares.watermark }, shares: app.shares.shares.map(info) }),
  )
  app.post(
    '/api/shares',
    {
      onRequest: app.requireAnalyst,
      config: limited,
      schema: { body: ShareRequest, response: { 200: ShareCreated, ...errorResponses } },
    },
    async (request) => {
      const expiresAt = Date.parse(request.body.expiresAt)
      const at = now()
      if (!(expiresAt > at) || expiresAt > at + MAX_SHARE_DAYS * DAY)
        throw badRequest(
          `到期时间应在现在之后的 ${MAX_SHARE_DAYS} 天之内。`,
          `the expiry must be within ${MAX_SHARE_DAYS} days from now.`,
        )
      const by = await app.analystOf(request)
      const { name, view, code = '' } = request.body
      const made = await app.shares.create({ name: name.trim(), view, expiresAt, code, by }, at)
      return { share: info(made.share), token: made.token }
    },
  )
  app.post(
    '/api/shares/:id/revoke',
    {
      onRequest: app.requireAnalyst,
      config: limited,
      schema: { params: ShareId, response: { 200: ShareInfo, ...errorResponses } },
    },
    async (request) => {
      const revoked = await app.shares.revoke(request.params.id, now())
      if (!revoked) throw unknownShare()
      return info(revoked)
    },
  )
  app.put(
    '/api/shares/settings',
    {
      onRequest: app.requireAnalyst,
      config: limited,
      schema: { body: ShareSettings, response: { 200: ShareSettings, ...errorResponses } },
    },
    async (request) => {
      await app.shares.setWatermark(request.body.watermark, now())
      return { watermark: app.shares.watermark }
    },
  )
  openRoute(app, now)
  done()
}

/** A reader opens a link: counted, and its cookie set, while it is valid and its code (if any) is right. */
function openRoute(app: App, now: () => number) {
  const perLink = new Budget(WRONG_CODES.perLink, now)
  const perAddress = new Budget(WRONG_CODES.perAddress, now)
  app.post(
    '/api/share/open',
    {
      config: { rateLimit: { max: OPENS_PER_MINUTE, timeWindow: 60_000 } },
      schema: { body: ShareOpenRequest, response: { 200: ShareReader, ...errorResponses } },
    },
    async (request, reply) => {
      const share = app.shares.find(request.body.token)
      if (!share) throw unknownShare()
      const state = app.shares.stateOf(share, now())
      if (state !== 'valid') throw shareEnded(state)
      if (share.code !== null) {
        const given = request.body.code
        if (!given) throw codeNeeded(false)
        // A guess is counted before it is checked: however many arrive at once, no more are ever tried.
        const addressWait = perAddress.take(request.ip)
        if (addressWait) throw tooManyCodes(addressWait)
        const linkWait = perLink.take(share.id)
        if (linkWait) {
          perAddress.giveBack(request.ip)
          throw tooManyCodes(linkWait)
        }
        if (!app.shares.codeMatches(share, given)) throw codeNeeded(true)
        perAddress.giveBack(request.ip)
        perLink.giveBack(share.id)
      }
      await app.shares.opened(share.id, now())
      app.setShareCookie(request, reply, request.body.token, share.expiresAt)
      return readerOf(share)
    },
  )
}
