import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { PublishRequest, VersionInfo } from '../../contract/api'
import { commitChange } from '../changes/commit'
import { applyPublish, publishOf } from '../changes/publish'
import type { VersionStore } from '../store/versions'
import { errorResponses } from './responses'

/** `POST /api/publish`: checked figures become the next version. */
export const publishRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore; bodyLimit: number }> = (
  app,
  { store, bodyLimit },
  done,
) => {
  app.post(
    '/api/publish',
    {
      onRequest: app.requireAnalyst,
      bodyLimit,
      schema: { body: PublishRequest, response: { 200: VersionInfo, ...errorResponses } },
    },
    async (request) => {
      const { baseVersion } = request.body
      const req = publishOf(request.body)
      const by = await app.analystOf(request)
      return commitChange(store, baseVersion, async (version, at) => ({
        change: applyPublish(await store.read(), req, { version, at }, await store.problemCount()),
        meta: { by, action: 'publish', name: req.name, baseVersion, rollbackOf: null },
      }))
    },
  )
  done()
}
