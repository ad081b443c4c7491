import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { ApiError } from '../errors'
import type { EventHub } from '../events'
import type { VersionStore } from '../store/versions'

/** `GET /api/events`: a Server-Sent Events stream of the current version. */
export const eventsRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore; hub: EventHub }> = (
  app,
  { store, hub },
  done,
) => {
  app.get('/api/events', { onRequest: app.requireViewer }, async (_request, reply) => {
    if (hub.full)
      throw new ApiError(503, 'tooManyListeners', {
        zh: '实时更新连接已满，请稍后再试。',
        en: 'Too many live-update connections; try again later.',
      })
    void reply.hijack()
    hub.add(reply.raw, store.current)
  })
  done()
}
