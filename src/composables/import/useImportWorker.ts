import type { ImportApi } from '@/io/import/import.worker'
import type { ImportRequest, ReadDone } from '@/io/import/importTypes'
import { useWorkerChannel } from '../useWorkerChannel'

export interface ReadHandle {
  readonly done: Promise<ReadDone>
  cancel(): void
}

const CANCELLED: ReadDone = { outcome: { ok: false, reason: 'cancelled' } }

/**
 * Owns the module Web Worker that reads imports (started on the first read): progress callbacks,
 * cancellation, and the worker terminated when the owning component goes away.
 */
export function useImportWorker() {
  const worker = useWorkerChannel<ImportApi>(
    () => new Worker(new URL('../../io/import/import.worker.ts', import.meta.url), { type: 'module', name: 'import' }),
    'import',
  )
  /** The reads under way, by id, each with what settles it as cancelled. */
  const reading = new Map<number, (cancelled: ReadDone) => void>()
  let nextId = 1

  function read(request: ImportRequest, progress: (bytes: number, total: number) => void): ReadHandle {
    const id = nextId++
    const cancelled = new Promise<ReadDone>((resolve) => reading.set(id, resolve))
    // Reports come over a channel of their own, so one may arrive after the read ended: it is dropped.
    const report = (bytes: number, total: number) => {
      if (reading.has(id)) progress(bytes, total)
    }
    const reply = worker.call<ReadDone>((api, comlink) => api.read(id, request, comlink.proxy(report)))
    const done = Promise.race([reply, cancelled]).finally(() => reading.delete(id))
    return { done, cancel: () => cancel(id) }
  }

  function cancel(id: number) {
    const settle = reading.get(id)
    if (!settle) return
    reading.delete(id)
    settle(CANCELLED)
    // A workbook is parsed in one call that no message can interrupt: when nothing else is being
    // read, a fresh worker stops it at once; otherwise the worker drops the read at its next look
    // (a worker that failed meanwhile has dropped it already).
    if (reading.size === 0) worker.restart()
    else worker.call((api) => api.cancel(id)).catch(() => undefined)
  }

  return { read }
}
