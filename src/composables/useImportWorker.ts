import { onScopeDispose } from 'vue'
import type { Mapping } from '@/domain/import/mapping'
import type { ImportOutcome, ImportRequest, ImportResponse, ImportSetting } from '@/io/importProtocol'

export interface ReadHandle {
  readonly id: number
  readonly done: Promise<ImportOutcome>
  cancel(): void
}

/**
 * Owns the module Web Worker that reads imports: one request id per file, progress callbacks,
 * cancellation, and the worker terminated when the owning component goes away.
 */
export function useImportWorker() {
  const worker = new Worker(new URL('../io/import.worker.ts', import.meta.url), { type: 'module', name: 'import' })
  let nextId = 1
  const pending = new Map<
    number,
    {
      resolve: (o: ImportOutcome) => void
      reject: (e: Error) => void
      progress?: (bytes: number, total: number) => void
    }
  >()

  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const msg = event.data
    const p = pending.get(msg.id)
    if (!p) return
    if (msg.type === 'progress') p.progress?.(msg.bytes, msg.total)
    else {
      pending.delete(msg.id)
      if (msg.type === 'done') p.resolve(msg.outcome)
      else p.reject(new Error(msg.message))
    }
  }
  // A worker that dies (out of memory) or sends what cannot be received fails every read it had:
  // each card says so, instead of the error staying in the console.
  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message))
    pending.clear()
  }
  worker.onerror = (event) => failAll(event.message || 'import worker failed')
  worker.onmessageerror = () => failAll('import worker message could not be read')

  function read(
    file: File,
    setting: ImportSetting,
    mapping?: Mapping,
    progress?: (bytes: number, total: number) => void,
  ): ReadHandle {
    const id = nextId++
    const done = new Promise<ImportOutcome>((resolve, reject) => pending.set(id, { resolve, reject, progress }))
    const request: ImportRequest = { type: 'read', id, file, setting, mapping }
    worker.postMessage(request)
    return {
      id,
      done,
      cancel: () => worker.postMessage({ type: 'cancel', id } satisfies ImportRequest),
    }
  }

  onScopeDispose(() => {
    worker.terminate()
    for (const p of pending.values()) p.reject(new Error('import closed'))
    pending.clear()
  })

  return { read }
}
