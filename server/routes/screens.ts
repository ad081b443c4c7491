import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import {
  ScreenBeat,
  ScreenBeatAnswer,
  ScreenInfo,
  ScreenList,
  ScreenReloadRequest,
  type ScreenInfo as ScreenInfoBody,
} from '../../contract/api'
import type { Limit } from '../config'
import { ApiError } from '../errors'
import type { ScreenStore, StoredScreen } from '../store/screens'
import type { VersionStore } from '../store/versions'
import { errorResponses } from './responses'

export interface ScreensOptions {
  readonly store: VersionStore
  readonly screens: ScreenStore
  /** Requests per client address to each route. */
  readonly limit: Limit
}

function tooManyRequests(retryAfterSeconds: number): ApiError {
  const s = Math.max(1, Math.ceil(retryAfterSeconds))
  return new ApiError(
    429,
    'tooManyRequests',
    { zh: `请求过于频繁，请 ${s} 秒后再试。`, en: `Too many requests; try again in ${s} s.` },
    { retryAfter: s },
    { 'Retry-After': String(s) },
  )
}

const tooManyScreens = () =>
  new ApiError(503, 'tooManyScreens', {
    zh: '屏幕数量已达上限，且没有失联的屏幕可以替换。',
    en: 'The list of screens is full, and none of them has gone silent to make room.',
  })

const unknownScreen = (name: string) =>
  new ApiError(404, 'unknownScreen', {
    zh: `没有名为“${name}”的屏幕。`,
    en: `There is no screen named “${name}”.`,
  })

/**
 * `POST /api/screens/beat` (a screen's heartbeat, from any viewer), `GET /api/screens` and
 * `POST /api/screens/reload` (analysts). A reload reaches the screen in the answer to its next
 * heartbeat: screens need no channel of their own.
 */
export const screensRoutes: FastifyPluginCallbackTypebox<ScreensOptions> = (app, { store, screens, limit }, done) => {
  const rateLimit = {
    max: limit.max,
    timeWindow: limit.windowMs,
    errorResponseBuilder: (_request: unknown, context: { ttl: number }) => tooManyRequests(context.ttl / 1000),
  }
  const info = (s: StoredScreen): ScreenInfoBody => ({
    name: s.name,
    version: s.version,
    page: s.page,
    refreshedAt: new Date(s.refreshedAt).toISOString(),
    beatAt: new Date(s.beatAt).toISOString(),
    reloadPending: s.reload,
    stale: { oldVersion: s.version !== store.current, silent: screens.isSilent(s) },
  })
  app.addHook('onClose', () => screens.flush())

  app.post(
    '/api/screens/beat',
    {
      onRequest: app.requireViewer,
      schema: { body: ScreenBeat, response: { 200: ScreenBeatAnswer, ...errorResponses } },
      config: { rateLimit },
    },
    (request) => {
      const beat = screens.beat(request.body)
      if (!beat) throw tooManyScreens()
      return { reload: beat.reload, beatSeconds: screens.beatMs / 1000 }
    },
  )

  app.get(
    '/api/screens',
    {
      onRequest: app.requireAnalyst,
      schema: { response: { 200: ScreenList, ...errorResponses } },
      config: { rateLimit },
    },
    () => ({
      current: store.current,
      silentAfterSeconds: screens.silentAfterMs / 1000,
      screens: screens.list().map(info),
    }),
  )

  app.post(
    '/api/screens/reload',
    {
      onRequest: app.requireAnalyst,
      schema: { body: ScreenReloadRequest, response: { 200: ScreenInfo, ...errorResponses } },
      config: { rateLimit },
    },
    (request) => {
      const screen = screens.requestReload(request.body.name)
      if (!screen) throw unknownScreen(request.body.name.trim())
      return info(screen)
    },
  )
  done()
}
