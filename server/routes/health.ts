import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Health } from '../../contract/api'
import type { VersionStore } from '../store/versions'

/**
 * `GET /api/health`: whether a publishing server is here, its current version, whether viewers log
 * in; whether the watermark is on, and for a share link's reader, the link.
 */
export const healthRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore; requireLogin: boolean }> = (
  app,
  { store, requireLogin },
  done,
) => {
  app.get('/api/health', { schema: { response: { 200: Health } } }, (request) => {
    const reader = app.shareOf(request)
    return {
      ok: true as const,
      version: store.current,
      requireLogin,
      ...(app.shares.watermark ? { watermark: true as const } : {}),
      ...(reader
        ? {
            share: {
              name: reader.share.name,
              expiresAt: new Date(reader.share.expiresAt).toISOString(),
              view: reader.share.view,
              state: reader.state,
            },
          }
        : {}),
    }
  })
  done()
}
