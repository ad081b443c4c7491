import type { Catalogue } from '@/domain/catalogue'
import type { BulletinApi } from '@/io/bulletin/bulletin.worker'
import { MAX_BULLETIN_BYTES, type BulletinFileReading, type BulletinSource } from '@/io/bulletin/bulletinTypes'
import { useWorkerChannel } from '../useWorkerChannel'

/**
 * Owns the Web Worker that reads bulletins (started on the first read, so the page loads none of its
 * code before), ended with its owner. A file over the size limit is refused before anything is read.
 */
export function useBulletinReader() {
  const worker = useWorkerChannel<BulletinApi>(
    () =>
      new Worker(new URL('../../io/bulletin/bulletin.worker.ts', import.meta.url), {
        type: 'module',
        name: 'bulletin',
      }),
    'bulletin',
  )

  async function read(source: BulletinSource, catalogue: Catalogue, homeRegion: string): Promise<BulletinFileReading> {
    if (source.kind === 'file' && source.file.size > MAX_BULLETIN_BYTES) return { ok: false, failure: 'tooLarge' }
    const request = {
      source,
      indicators: [...catalogue.indicators.values()],
      regions: [...catalogue.regions.values()],
      homeRegion,
    }
    try {
      return await worker.call<BulletinFileReading>((api) => api.read(request))
    } catch (e) {
      return { ok: false, failure: 'unreadable', detail: e instanceof Error ? e.message : String(e) }
    }
  }

  return { read }
}
