/// <reference lib="webworker" />
// The import worker: decoding, CSV parsing (PapaParse), normalising and diffing happen here, so
// the page stays responsive on a million-row file. Figures go back as transferable typed arrays.
import { Catalogue } from '@/domain/catalogue'
import { transferables } from '@/domain/columns'
import { diffAgainst } from '@/domain/import/diff'
import { validFigureCount } from '@/domain/import/importable'
import type { ImportRequest, ImportResponse } from './importProtocol'
import { readFile } from './readFile'
import { packColumns } from './packedColumns'

declare const self: DedicatedWorkerGlobalScope

const cancelled = new Set<number>()

// Reading a File's stream resolves as microtasks: without a macrotask now and then, a "cancel"
// message would only be heard after the whole file. Every ~50 ms the loop lets messages in.
let lastBreath = 0
function breathe(): Promise<void> {
  const now = performance.now()
  if (now - lastBreath < 50) return Promise.resolve()
  lastBreath = now
  return new Promise((resolve) => setTimeout(resolve, 0))
}
const post = (message: ImportResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer)

async function* bytesOf(file: File): AsyncIterable<Uint8Array> {
  const reader = file.stream().getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data
  if (request.type === 'cancel') {
    cancelled.add(request.id)
    return
  }
  const { id, file, setting } = request
  try {
    const catalogue = new Catalogue(setting.indicators, setting.regions)
    let lastProgress = 0
    const result = await readFile(() => bytesOf(file), {
      context: { catalogue, homeRegion: setting.homeRegion, fileName: file.name },
      mapping: request.mapping,
      cancelled: () => cancelled.has(id),
      breathe,
      onProgress: (bytes) => {
        const now = performance.now()
        if (now - lastProgress < 80 && bytes < file.size) return
        lastProgress = now
        post({ type: 'progress', id, bytes, total: file.size })
      },
    })
    if (!result.ok) {
      post({ type: 'done', id, outcome: result })
      return
    }
    const diff = diffAgainst(result.columns, setting.current, catalogue)
    const packed = packColumns(result.columns)
    // Counted here and sent as a typed array: a million error rows are neither counted on the page
    // nor cloned to it one number at a time.
    const validFigures = validFigureCount(result)
    const rowsWithErrors = Uint32Array.from(result.rowsWithErrors)
    post({ type: 'done', id, outcome: { ...result, diff, packed, validFigures, rowsWithErrors } }, [
      ...transferables(result.columns),
      rowsWithErrors.buffer,
    ])
  } catch (e) {
    post({ type: 'failed', id, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) })
  } finally {
    cancelled.delete(id)
  }
}
