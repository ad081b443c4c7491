import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import type { VersionStore } from '../store/versions'

/**
 * `GET /api/events`: a Server-Sent Events stream of the current version, counted against the client
 * address the server trusts (behind a proxy, the one it forwards).
 */
export const eventsRoutes: FastifyPluginCallbackTypebox<{ store: VersionStore }> = (app, { store }, done) => {
  app.get('/api/events', { onRequest: app.requireReader }, async (request, reply) => {
    void reply.hijack()
    app.eventHub.add(reply.raw, store.current, request.ip)
  })
  done()
}
