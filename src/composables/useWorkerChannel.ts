import { onScopeDispose } from 'vue'
import type { WorkerChannel, WorkerTask } from '@/io/workerChannel'

/**
 * A module Web Worker for the composable that owns it, behind comlink: the channel's code, comlink
 * and the worker load on the first call (a page that never calls loads none of them), and every
 * worker ends with the owner's scope. `start` is the owner's `new Worker(new URL(…), …)`.
 */
export function useWorkerChannel<Api>(start: () => Worker, name: string) {
  let loaded: Promise<WorkerChannel<Api>> | undefined
  const channel = () =>
    (loaded ??= import('@/io/workerChannel').then(({ workerChannel }) => workerChannel<Api>(start, name)))
  // Nothing to end if the channel's code never loaded: that failure is the calls' to report.
  const whenLoaded = (end: (c: WorkerChannel<Api>) => void) => void loaded?.then(end, () => undefined)
  onScopeDispose(() => whenLoaded((c) => c.close()))

  return {
    /** Calls the owner's kept worker. */
    call: async <T>(task: WorkerTask<Api, T>): Promise<T> => (await channel()).call(task),
    /** Runs one job in a worker of its own, ended with the job. */
    job: async <T>(task: WorkerTask<Api, T>): Promise<T> => (await channel()).job(task),
    /** Ends the kept worker, whatever it is doing: a read no message can interrupt stops at once. */
    restart: () => whenLoaded((c) => c.restart()),
  }
}
