import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { ApiError } from '../errors'
import type { VersionStore } from '../store/versions'

/** `GET /api/events`: a Server-Sent Events stream of the current version. */
export const eventsRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore }> = (app, { store }, done) => {
  app.get('/api/events', { onRequest: app.requireViewer }, async (_request, reply) => {
    if (app.eventHub.full)
      throw new ApiError(503, 'tooManyListeners', {
        zh: '实时更新连接已满，请稍后再试。',
        en: 'Too many live-update connections; try again later.',
      })
    void reply.hijack()
    app.eventHub.add(reply.raw, store.current)
  })
  done()
}
