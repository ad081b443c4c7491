import fastifyRateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import { tooManyAttempts } from '../errors'

/** Rate limits where a route asks for them (login), refused as the API refuses everything. */
export const rateLimits = fp(
  async (app) => {
    await app.register(fastifyRateLimit, {
      global: false,
      errorResponseBuilder: (_req, ctx) => tooManyAttempts(ctx.ttl / 1000),
    })
  },
  { name: 'rate-limits' },
)
