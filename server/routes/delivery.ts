import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import {
  DeliveryOk,
  DeliveryOverview,
  DestinationId,
  DestinationInfo,
  DestinationRequest,
} from '../../contract/delivery'
import type { Delivery } from '../delivery/delivery'
import { destinationOf, shownDestination } from '../delivery/destinations'
import { ApiError } from '../errors'
import { errorResponses } from './responses'

/** Requests per analyst address and minute to the delivery API; test sends have a smaller budget. */
const PER_MINUTE = 60
const TESTS_PER_MINUTE = 10

const unknownDestination = () =>
  new ApiError(404, 'unknownDestination', { zh: '没有这个发送目标。', en: 'There is no such destination.' })

type Options = { delivery: Delivery; now: () => number }

const limited = { rateLimit: { max: PER_MINUTE, timeWindow: 60_000 } }

/**
 * `/api/delivery/…`: an analyst's destinations (their secrets never shown back), the latest sends,
 * and a test send. Every route needs an analyst's session, and changes come from the server's own pages.
 */
export const deliveryRoutes: FastifyPluginCallbackTypebox<Options> = (app, options, done) => {
  const { delivery, now } = options
  app.get(
    '/api/delivery',
    {
      onRequest: app.requireAnalyst,
      config: limited,
      schema: { response: { 200: DeliveryOverview, ...errorResponses } },
    },
    (_request, reply) => {
      void reply.send({
        publicUrl: delivery.publicUrl,
        destinations: delivery.store.destinations.map((d) => shownDestination(d, now())),
        sends: [...delivery.store.sends],
      })
    },
  )
  destinationWrites(app, options)
  done()
}

/** Adding, changing and removing a destination, and a test send to one. */
function destinationWrites(app: Parameters<FastifyPluginCallbackTypebox<Options>>[0], { delivery, now }: Options) {
  const store = delivery.store
  const exists = (id: string) => {
    if (!store.destination(id)) throw unknownDestination()
  }
  app.post(
    '/api/delivery/destinations',
    {
      onRequest: app.requireAnalyst,
      config: limited,
      schema: { body: DestinationRequest, response: { 200: DestinationInfo, ...errorResponses } },
    },
    async (request) => {
      const d = destinationOf(request.body)
      await store.update((f) => ({ ...f, destinations: [...f.destinations, d] }))
      delivery.schedule(d)
      delivery.lookAtWarnings()
      return shownDestination(d, now())
    },
  )
  app.put(
    '/api/delivery/destinations/:id',
    {
      onRequest: app.requireAnalyst,
      config: limited,
      schema: {
        params: DestinationId,
        body: DestinationRequest,
        response: { 200: DestinationInfo, ...errorResponses },
      },
    },
    async (request) => {
      exists(request.params.id)
      const d = destinationOf(request.body, store.destination(request.params.id))
      await store.update((f) => ({ ...f, destinations: f.destinations.map((x) => (x.id === d.id ? d : x)) }))
      delivery.schedule(d)
      delivery.lookAtWarnings()
      return shownDestination(d, now())
    },
  )
  app.delete(
    '/api/delivery/destinations/:id',
    {
      onRequest: app.requireAnalyst,
      config: limited,
      schema: { params: DestinationId, response: { 200: DeliveryOk, ...errorResponses } },
    },
    async (request) => {
      const { id } = request.params
      exists(id)
      delivery.unschedule(id)
      await store.update((f) => {
        const sent = { ...f.sent }
        delete sent[id]
        return { ...f, destinations: f.destinations.filter((d) => d.id !== id), sent }
      })
      return { ok: true as const }
    },
  )
  // Answers at once: the send goes on (with its retries) and the page follows it in the list of sends.
  app.post(
    '/api/delivery/destinations/:id/test',
    {
      onRequest: app.requireAnalyst,
      config: { rateLimit: { max: TESTS_PER_MINUTE, timeWindow: 60_000 } },
      schema: { params: DestinationId, response: { 202: DeliveryOk, ...errorResponses } },
    },
    async (request, reply) => {
      exists(request.params.id)
      const by = await app.analystOf(request)
      void delivery.test(request.params.id, by).catch(() => undefined)
      return reply.code(202).send({ ok: true as const })
    },
  )
}
