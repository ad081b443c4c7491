import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Health } from '../../contract/api'
import type { VersionStore } from '../store/versions'

/** `GET /api/health`: whether a publishing server is here, its current version, whether viewers log in. */
export const healthRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore; requireLogin: boolean }> = (
  app,
  { store, requireLogin },
  done,
) => {
  app.get('/api/health', { schema: { response: { 200: Health } } }, () => ({
    ok: true as const,
    version: store.current,
    requireLogin,
  }))
  done()
}
