import fp from 'fastify-plugin'
import type { Checker } from '../checking/checker'
import type { ServerOptions } from '../config'
import type { VersionStore } from '../store/versions'
import { systemClock } from './clock'
import { Delivery, type DeliveryOptions, type VersionReader } from './delivery'
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

/** Reads `store`'s versions on the checking thread. */
function readerOf(store: VersionStore, checker: Checker): VersionReader {
  const current = (version: number) => ({ version, dir: store.dataDir(version), hashes: store.hashes(version) })
  const stateDir = store.stateDir
  return {
    content: (version, now, publicUrl) =>
      checker.run({ kind: 'deliveryContent', stateDir, current: current(version), now, publicUrl }),
    brief: (version, now, watermarkFor) =>
      checker.run({ kind: 'brief', stateDir, current: current(version), now, watermarkFor }),
  }
}

/** Delivery as a service of the app (`app.delivery`): started with it, sent to after each new version, stopped with it. */
export const delivery = fp<{ store: VersionStore; checker: Checker; stateDir: string; options: DeliveryOptions }>(
  async (app, { store, checker, stateDir, options }) => {
    const service = new Delivery(
      store,
      readerOf(store, checker),
      await DeliveryStore.open(stateDir, options.log),
      options,
    )
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
