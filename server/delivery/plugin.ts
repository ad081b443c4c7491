import fp from 'fastify-plugin'
import type { ServerOptions } from '../config'
import type { VersionStore } from '../store/versions'
import { systemClock } from './clock'
import { Delivery, type DeliveryOptions } from './delivery'
import { DeliveryStore } from './store'

declare module 'fastify' {
  interface FastifyInstance {
    /** Sends to the analysts' robots and mailboxes (server/delivery/). */
    readonly delivery: Delivery
  }
}

/** Three more tries after a failed send: 1 s, 5 s and 25 s later. */
const RETRY_DELAYS_MS = [1_000, 5_000, 25_000]

export function deliveryOptions(o: ServerOptions['delivery'], log: (message: string) => void): DeliveryOptions {
  return {
    publicUrl: '',
    retryDelaysMs: RETRY_DELAYS_MS,
    timeoutMs: 15_000,
    // The 监测预警 are looked at each morning too: a figure falls overdue with time, not with a publish.
    warningCheck: { cron: '0 9 * * *', timeZone: 'Asia/Shanghai' },
    clock: systemClock,
    ...o,
    log,
  }
}

/** Delivery as a service of the app (`app.delivery`): started with it, sent to after each new version, stopped with it. */
export const delivery = fp<{ store: VersionStore; stateDir: string; options: DeliveryOptions }>(
  async (app, { store, stateDir, options }) => {
    const service = new Delivery(store, await DeliveryStore.open(stateDir, options.log), options)
    app.decorate('delivery', service)
    store.onCommit(() => service.published())
    app.addHook('onReady', (done) => {
      service.start()
      done()
    })
    app.addHook('onClose', (_app, done) => {
      service.close()
      done()
    })
  },
  { name: 'delivery' },
)
