import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { lock } from 'proper-lockfile'

const WAIT_MS = 10_000
const RETRY_MS = 25

/**
 * Runs `fn` while holding `path`'s lock (proper-lockfile: `path.lock`, a directory made atomically
 * and kept fresh while held), waiting up to 10 s for another process to let go. A lock left by a
 * process killed while holding it goes stale after 5 s and is taken over.
 */
export async function whileLocked<T>(path: string, fn: () => Promise<T>): Promise<T> {
  let finished = false
  let lost: Error | undefined
  const release = await lock(path, {
    realpath: false,
    stale: 5000,
    retries: { retries: WAIT_MS / RETRY_MS, factor: 1, minTimeout: RETRY_MS, maxTimeout: RETRY_MS, randomize: true },
    // Lost while `fn` runs: this process stalled past `stale` and another took the lock over. Once
    // `fn` has finished, it is only a freshness check that raced the release: nothing was lost.
    onCompromised: (e) => {
      if (!finished) lost = e
    },
  }).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new Error(`${path} is locked by another process; try again`)
    throw e
  })
  try {
    const result = await fn()
    if (lost) throw lost
    return result
  } finally {
    finished = true
    await release().catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code !== 'ERELEASED') throw e
    })
  }
}

// Locks this process holds, so a second server in the same process is refused too.
const held = new Set<string>()

/** Whether process `pid` runs (one of another user counts: signalling it is refused, not failed). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function pidIn(path: string): Promise<number | null> {
  const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim())
  return Number.isInteger(pid) && pid > 0 ? pid : null
}

/**
 * Makes this process the only server of `stateDir`: publishes are serialised in memory, so two
 * servers on one state directory could interleave them. `server.pid` names the server that runs;
 * it is read and written under its lock, so of servers started at once exactly one finds it free.
 * One naming a dead process (left by a killed server), or this very pid (a restarted container),
 * is taken over at once. Returns the release function.
 */
export async function lockStateDir(stateDir: string): Promise<() => Promise<void>> {
  await mkdir(stateDir, { recursive: true })
  const path = join(stateDir, 'server.pid')
  await whileLocked(path, async () => {
    const pid = await pidIn(path)
    if (pid !== null && (pid === process.pid ? held.has(path) : isAlive(pid)))
      throw new Error(
        `another server (pid ${pid}) is using ${stateDir}; stop it first (or remove ${path} if it is not running)`,
      )
    await writeFile(path, `${process.pid}\n`)
    held.add(path)
  })
  return async () => {
    held.delete(path)
    await rm(path, { force: true })
  }
}
