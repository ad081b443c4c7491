import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { VersionList } from '../../contract/api'
import type { VersionStore } from '../store/versions'
import { errorResponses } from './responses'

/** `GET /api/versions`: the history, newest first. */
export const versionsRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore }> = (app, { store }, done) => {
  app.get(
    '/api/versions',
    { onRequest: app.requireViewer, schema: { response: { 200: VersionList, ...errorResponses } } },
    () => ({ current: store.current, versions: [...store.list()].reverse() }),
  )
  done()
}
