import { Worker } from 'node:worker_threads'
import { ApiError, type ErrorExtra } from '../errors'
import type { Bilingual } from '../../contract/api'
import type { Results, Task } from './tasks'

type Reply =
  | { readonly ready: true; readonly id?: undefined }
  | { readonly id: number; readonly heapBytes: number; readonly result: Results[Task['kind']] }
  | {
      readonly id: number
      readonly heapBytes: number
      readonly error:
        | { statusCode: number; code: string; reason: Bilingual; extra: ErrorExtra }
        | { message: string; statusCode?: undefined }
    }

// The worker is TypeScript like the rest of the server: it registers tsx itself (a worker does not
// take the parent's --import hooks on Node 20), then loads its module.
// Both resolved here, so the thread finds them whatever the working directory.
const WORKER_URL = new URL('./worker.ts', import.meta.url).href
const TSX_URL = import.meta.resolve('tsx/esm/api')
const BOOT = `import(${JSON.stringify(TSX_URL)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}) })`

/** The thread's source: the TypeScript through tsx, or `compiled` (a file: URL of JavaScript) as it is. */
const boot = (compiled: string | undefined) => (compiled === undefined ? BOOT : `import(${JSON.stringify(compiled)})`)

/**
 * A thread's heap past which it is replaced once idle. A thread just started holds about 50 MB and
 * stays there through small publishes; one that checked 300,000 figures holds 800 MB, which V8 never
 * collects while the thread waits for its next task. Starting a thread costs about 2 s of CPU (tsx
 * compiles the domain code again), so only a thread that grew this far is replaced.
 */
const RETIRE_HEAP_BYTES = 128 * 1024 * 1024

/**
 * One thread that checks publishes and rollbacks, so that parsing and validating a large import
 * never holds the event loop: viewers are answered meanwhile. Writes are one at a time already
 * (VersionStore.exclusive), so one thread is enough. A thread that dies is replaced on the next task;
 * one whose heap grew large is replaced as soon as it has no task, which gives its memory back.
 */
export class Checker {
  private worker: Worker | null = null
  private started: Promise<void> | null = null
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (r: Results[Task['kind']]) => void; reject: (e: Error) => void }
  >()

  /** `compiled`: the thread's module as JavaScript (ServerOptions.checkingThread). */
  constructor(private readonly compiled?: string) {}

  /** Starts the thread and waits until it can take a task: the first publish need not wait for it. */
  async ready(): Promise<void> {
    this.worker ??= this.spawn()
    await this.started
  }

  /** Runs `task` on the thread; the memory of `moved` goes with it, not a copy (and is no longer usable here). */
  run<K extends Task['kind']>(
    task: Extract<Task, { kind: K }>,
    moved: readonly ArrayBuffer[] = [],
  ): Promise<Results[K]> {
    const worker = (this.worker ??= this.spawn())
    const id = this.nextId++
    return new Promise<Results[K]>((resolve, reject) => {
      // The thread answers a task of kind K with Results[K] (runTask).
      this.pending.set(id, { resolve: resolve as (r: Results[Task['kind']]) => void, reject })
      worker.postMessage({ id, task }, [...moved])
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  /** Ends `worker` (its tasks are done) and starts the next one at once, so a publish need not wait for it. */
  private replace(worker: Worker): void {
    worker.removeAllListeners()
    worker.on('error', () => undefined)
    if (this.worker === worker) this.worker = this.spawn()
    void worker.terminate()
  }

  private spawn(): Worker {
    const worker = new Worker(boot(this.compiled), { eval: true, execArgv: [] })
    worker.unref()
    this.started = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve())
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`the checking thread stopped (exit code ${code})`)))
    })
    // Failures also reach the pending tasks; start-up awaits this one only through ready().
    this.started.catch(() => undefined)
    worker.on('message', (reply: Reply) => {
      if (reply.id === undefined) return
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      this.pending.delete(reply.id)
      if (reply.heapBytes > RETIRE_HEAP_BYTES && this.pending.size === 0) this.replace(worker)
      if ('result' in reply) waiting.resolve(reply.result)
      else if (reply.error.statusCode !== undefined) {
        const { statusCode, code, reason, extra } = reply.error
        waiting.reject(new ApiError(statusCode, code, reason, extra))
      } else waiting.reject(new Error(reply.error.message))
    })
    const fail = (e: Error) => {
      if (this.worker === worker) this.worker = null
      for (const waiting of this.pending.values()) waiting.reject(e)
      this.pending.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`the checking thread stopped (exit code ${code})`)))
    return worker
  }
}
