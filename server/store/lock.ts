import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

// Locks this process holds, so a second server in the same process is refused too.
const held = new Set<string>()

/** Whether process `pid` runs (one of another user counts: signalling it is refused, not failed). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Creates `path` holding this pid, atomically: false when it exists already. */
async function createExclusive(path: string): Promise<boolean> {
  try {
    await writeFile(path, `${process.pid}\n`, { flag: 'wx' })
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw e
  }
}

async function pidIn(path: string): Promise<number | null> {
  const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim())
  return Number.isInteger(pid) && pid > 0 ? pid : null
}

const holds = (pid: number | null, path: string) =>
  pid !== null && (pid === process.pid ? held.has(path) : isAlive(pid))

/**
 * Makes this process the only server of `stateDir`: publishes are serialised in memory, so two
 * servers on one state directory could interleave them. The lock is a pid file created exclusively
 * (`wx`). One left by a server that was killed names a dead process (or, in a restarted container,
 * this very pid) and is taken over; only the process that creates `server.pid.takeover` (exclusively
 * too) may remove it, after reading it again, so two servers started at once on a stale lock cannot
 * both remove it and both run. Returns the release function.
 */
export async function lockStateDir(stateDir: string): Promise<() => Promise<void>> {
  await mkdir(stateDir, { recursive: true })
  const path = join(stateDir, 'server.pid')
  const takeover = `${path}.takeover`
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await createExclusive(path)) {
      held.add(path)
      return async () => {
        held.delete(path)
        await rm(path, { force: true })
      }
    }
    const pid = await pidIn(path)
    if (holds(pid, path)) {
      throw new Error(
        `another server (pid ${pid}) is using ${stateDir}; stop it first (or remove ${path} if it is not running)`,
      )
    }
    if (pid === null) {
      // Being written this very moment (created, pid not yet in it), or unreadable: look again.
      await sleep(20)
    } else if (await createExclusive(takeover)) {
      try {
        if ((await pidIn(path)) === pid) await rm(path, { force: true })
      } finally {
        await rm(takeover, { force: true })
      }
    } else {
      // Another server is taking over; a takeover left by a process killed in the middle is removed.
      const holder = await pidIn(takeover)
      if (holder !== null && holder !== process.pid && !isAlive(holder)) await rm(takeover, { force: true })
      else await sleep(20)
    }
  }
  throw new Error(`could not lock ${stateDir}: ${path} stays empty or unreadable; remove it if no server is running`)
}
