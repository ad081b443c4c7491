import { onScopeDispose } from 'vue'
import type { Catalogue } from '@/domain/catalogue'
import {
  MAX_BULLETIN_BYTES,
  type BulletinReadRequest,
  type BulletinReadResponse,
  type BulletinSource,
} from '@/io/bulletin/bulletinProtocol'

/**
 * Owns the Web Worker that reads bulletins (started on the first read, so the page loads none of its
 * code before): one request id per read, the worker ended with its owner. A file over the size limit
 * is refused before anything is read.
 */
export function useBulletinReader() {
  let worker: Worker | undefined
  let nextId = 1
  const pending = new Map<number, (r: BulletinReadResponse) => void>()

  function start(): Worker {
    const w = new Worker(new URL('../../io/bulletin/bulletin.worker.ts', import.meta.url), {
      type: 'module',
      name: 'bulletin',
    })
    w.onmessage = (event: MessageEvent<BulletinReadResponse>) => {
      pending.get(event.data.id)?.(event.data)
      pending.delete(event.data.id)
    }
    w.onerror = (event) => {
      for (const [id, done] of pending) done({ id, ok: false, failure: 'unreadable', detail: event.message })
      pending.clear()
    }
    return w
  }

  function read(source: BulletinSource, catalogue: Catalogue, homeRegion: string): Promise<BulletinReadResponse> {
    const id = nextId++
    if (source.kind === 'file' && source.file.size > MAX_BULLETIN_BYTES)
      return Promise.resolve({ id, ok: false, failure: 'tooLarge' })
    worker ??= start()
    const request: BulletinReadRequest = {
      id,
      source,
      indicators: [...catalogue.indicators.values()],
      regions: [...catalogue.regions.values()],
      homeRegion,
    }
    return new Promise((resolve) => {
      pending.set(id, resolve)
      worker?.postMessage(request)
    })
  }

  onScopeDispose(() => worker?.terminate())
  return { read }
}
