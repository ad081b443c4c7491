import { getHeapStatistics } from 'node:v8'
import { parentPort } from 'node:worker_threads'
import { ApiError } from '../errors'
import { runTask, type Results, type Task } from './tasks'

/**
 * The checking thread: publishes and rollbacks are parsed, checked and assembled here, off the event
 * loop, and so are the versions delivery reads.
 */
const port = parentPort
if (!port) throw new Error('server/checking/worker.ts runs as a worker thread')

// Only buffers that are whole and not shared can be moved rather than copied.
const movable = (files: Iterable<Uint8Array>) => [
  ...new Set([...files].filter((b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength).map((b) => b.buffer)),
]

/** The bytes an answer carries: a new version's files, a brief's document. */
const bytesOf = (result: Results[Task['kind']]): Uint8Array[] =>
  'files' in result ? [...result.files.values()] : 'bytes' in result ? [result.bytes] : []

// What this thread's heap holds after a task (mostly the task's garbage: an idle thread is never
// collected), so the checker can replace a thread that grew large.
const heapBytes = () => getHeapStatistics().total_heap_size

port.on('message', ({ id, task }: { id: number; task: Task }) => {
  runTask(task).then(
    (result) => port.postMessage({ id, result, heapBytes: heapBytes() }, movable(bytesOf(result)) as ArrayBuffer[]),
    (e: unknown) =>
      port.postMessage({
        id,
        heapBytes: heapBytes(),
        error:
          e instanceof ApiError
            ? { statusCode: e.statusCode, code: e.code, reason: e.reason, extra: e.extra }
            : { message: e instanceof Error ? (e.stack ?? e.message) : String(e) },
      }),
  )
})

port.postMessage({ ready: true })
