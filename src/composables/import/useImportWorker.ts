import { onScopeDispose } from 'vue'
import type { Mapping } from '@/domain/import/mapping'
import type { ImportOutcome, ImportRequest, ImportResponse, ImportSetting } from '@/io/import/importProtocol'

/** A file read gives one outcome; a workbook read whole gives one per sheet. */
export type ReadDone = { readonly outcome: ImportOutcome } | { readonly sheets: readonly ImportOutcome[] }

export interface ReadHandle {
  readonly id: number
  readonly done: Promise<ReadDone>
  cancel(): void
}

interface Pending {
  resolve: (d: ReadDone) => void
  reject: (e: Error) => void
  progress?: (bytes: number, total: number) => void
}

const CANCELLED: ReadDone = { outcome: { ok: false, reason: 'cancelled' } }

/**
 * Owns the module Web Worker that reads imports: one request id per file, progress callbacks,
 * cancellation, and the worker terminated when the owning component goes away.
 */
export function useImportWorker() {
  let nextId = 1
  const pending = new Map<number, Pending>()
  let worker = start()

  function start() {
    const w = new Worker(new URL('../../io/import/import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
    })
    w.onmessage = (event: MessageEvent<ImportResponse>) => {
      const msg = event.data
      const p = pending.get(msg.id)
      if (!p) return
      if (msg.type === 'progress') p.progress?.(msg.bytes, msg.total)
      else {
        pending.delete(msg.id)
        if (msg.type === 'done') p.resolve({ outcome: msg.outcome })
        else if (msg.type === 'workbook') p.resolve({ sheets: msg.sheets })
        else p.reject(new Error(msg.message))
      }
    }
    // A worker that dies (out of memory) or sends what cannot be received fails every read it had:
    // each card says so, instead of the error staying in the console.
    w.onerror = (event) => failAll(event.message || 'import worker failed')
    w.onmessageerror = () => failAll('import worker message could not be read')
    return w
  }
  function failAll(message: string) {
    for (const p of pending.values()) p.reject(new Error(message))
    pending.clear()
  }

  function read(
    file: File,
    setting: ImportSetting,
    mapping?: Mapping,
    progress?: (bytes: number, total: number) => void,
    sheet?: string,
  ): ReadHandle {
    const id = nextId++
    const done = new Promise<ReadDone>((resolve, reject) => pending.set(id, { resolve, reject, progress }))
    const request: ImportRequest = { type: 'read', id, file, setting, mapping, sheet }
    worker.postMessage(request)
    return { id, done, cancel: () => cancel(id) }
  }

  function cancel(id: number) {
    const p = pending.get(id)
    if (!p) return
    pending.delete(id)
    p.resolve(CANCELLED)
    // A workbook is parsed in one call that no message can interrupt: when nothing else is being
    // read, a fresh worker stops it at once; otherwise the worker drops the read at its next look.
    if (pending.size === 0) {
      worker.terminate()
      worker = start()
    } else worker.postMessage({ type: 'cancel', id } satisfies ImportRequest)
  }

  onScopeDispose(() => {
    worker.terminate()
    for (const p of pending.values()) p.reject(new Error('import closed'))
    pending.clear()
  })

  return { read }
}
