import * as Comlink from 'comlink'

/** A call into a worker: its API, and comlink for `transfer` and `proxy`. */
export type WorkerTask<Api, T> = (api: Comlink.Remote<Api>, comlink: typeof Comlink) => Promise<T>

interface Link<Api> {
  call<T>(task: WorkerTask<Api, T>): Promise<T>
  close(): void
  /** The worker failed: it is not called again. */
  readonly broken: boolean
}

function link<Api>(start: () => Worker, name: string): Link<Api> {
  const worker = start()
  const api = Comlink.wrap<Api>(worker)
  let broken = false
  let fail: (e: Error) => void = () => undefined
  const failed = new Promise<never>((_, reject) => {
    fail = (e) => {
      broken = true
      reject(e)
    }
  })
  // Only ever raced against a call: a failure with no call waiting is no error of its own.
  failed.catch(() => undefined)
  // comlink answers a call only if the worker lives: a worker that dies (out of memory, a script that
  // cannot load) or sends what cannot be received fails every call it had, and the caller says so.
  worker.addEventListener('error', (event) => {
    // Handled here: the caller is told, the console is not left with an uncaught error.
    event.preventDefault()
    fail(new Error(event.message || `${name} worker failed`))
  })
  worker.addEventListener('messageerror', () => fail(new Error(`${name} worker message could not be read`)))
  return {
    call: (task) => Promise.race([task(api, Comlink), failed]),
    close() {
      worker.terminate()
      fail(new Error(`${name} worker closed`))
    },
    get broken() {
      return broken
    },
  }
}

/**
 * The module Web Workers of one owner, behind comlink: a kept worker for calls, started on the first
 * and again after it failed or was restarted, and a worker of its own for each job. `start`
 * constructs one; the owner writes it out as `new Worker(new URL(…, import.meta.url), …)` so the
 * bundler finds it.
 */
export function workerChannel<Api>(start: () => Worker, name: string) {
  const open = new Set<Link<Api>>()
  let kept: Link<Api> | undefined
  let closed = false

  function opened(): Link<Api> {
    if (closed) throw new Error(`${name} worker closed`)
    const l = link<Api>(start, name)
    open.add(l)
    return l
  }
  function end(l: Link<Api>) {
    l.close()
    open.delete(l)
  }

  /** Ends the kept worker now, whatever it is doing; the next call starts another. */
  function restart() {
    if (kept) end(kept)
    kept = undefined
  }

  return {
    async call<T>(task: WorkerTask<Api, T>): Promise<T> {
      if (kept?.broken) restart()
      kept ??= opened()
      return kept.call(task)
    },
    /** Runs one job in a worker of its own, ended with the job: its code leaves no memory behind. */
    async job<T>(task: WorkerTask<Api, T>): Promise<T> {
      const l = opened()
      try {
        return await l.call(task)
      } finally {
        end(l)
      }
    },
    restart,
    /** Ends every worker, and refuses calls from now on. */
    close() {
      closed = true
      for (const l of open) l.close()
      open.clear()
      kept = undefined
    },
  }
}

export type WorkerChannel<Api> = ReturnType<typeof workerChannel<Api>>
