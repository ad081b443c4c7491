import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

// Locks this process holds, so a second server in the same process is refused too.
const held = new Set<string>()

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Makes this process the only server of `stateDir`: publishes are serialised in memory, so two
 * servers on one state directory could interleave them. The lock is a pid file; one left by a
 * server that was killed names a dead process (or, in a restarted container, this very pid) and
 * is taken over. Returns the release function.
 */
export async function lockStateDir(stateDir: string): Promise<() => Promise<void>> {
  await mkdir(stateDir, { recursive: true })
  const path = join(stateDir, 'server.pid')
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' })
      held.add(path)
      return async () => {
        held.delete(path)
        await rm(path, { force: true })
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim())
    const ours = pid === process.pid
    if ((ours && held.has(path)) || (!ours && Number.isInteger(pid) && pid > 0 && isAlive(pid))) {
      throw new Error(
        `another server (pid ${pid}) is using ${stateDir}; stop it first (or remove ${path} if it is not running)`,
      )
    }
    await rm(path, { force: true })
  }
  throw new Error(`could not lock ${stateDir}`)
}
