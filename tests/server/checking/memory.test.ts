import type { ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { syntheticLevelsCsv } from '../../support/syntheticFigures'
import { addUser, call, login, publishCsv, spawnMain, tempDirs, type TempDirs } from '../helpers'

const MB = 1024 * 1024

/**
 * How far above idle the server may stay once a large publish is done. Measured on the 2-core
 * machine: idle 160–230 MB, and 220–250 MB once the publish and rollback of 300,000 figures are
 * done (the current version's files and a fresh checking thread), against 575–1,215 MB before the
 * checking thread gave its memory back. 100 MB is four times the spread seen, and a tenth of
 * what was held.
 */
const MARGIN = 100 * MB
/** How long the memory may take to come down: it is given back as the answer is sent. */
const SETTLE_MS = 30_000

/** The resident memory of process `pid` as the kernel counts it (VmRSS), in bytes. */
async function residentBytes(pid: number): Promise<number> {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1]
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`)
  return Number(kb) * 1024
}

/** The first resident size at or below `bound`, or the lowest seen when `SETTLE_MS` have passed. */
async function settled(pid: number, bound: number): Promise<number> {
  const end = Date.now() + SETTLE_MS
  let lowest = Infinity
  for (;;) {
    lowest = Math.min(lowest, await residentBytes(pid))
    if (lowest <= bound || Date.now() > end) return lowest
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

let dirs: TempDirs | undefined
let child: ChildProcess | undefined

afterEach(async () => {
  child?.kill('SIGKILL')
  child = undefined
  await dirs?.cleanup()
  dirs = undefined
})

describe('memory', () => {
  it('comes back near idle after a publish of 300,000 figures and a rollback', async () => {
    dirs = await tempDirs()
    await addUser(dirs.state, 'alice')
    const server = await spawnMain(dirs, { started: (c) => (child = c) })
    const pid = server.child.pid ?? 0
    const url = server.url
    // Idle as a viewer finds it: the current version's files read once.
    for (const file of ['manifest.json', 'observations.csv']) await (await fetch(`${url}/data/${file}`)).arrayBuffer()
    const idle = await residentBytes(pid)
    const bound = idle + MARGIN
    const mb = (bytes: number) => `${Math.round(bytes / MB)} MB (idle ${Math.round(idle / MB)} MB)`

    const cookie = await login(url, 'alice')
    const published = await publishCsv(url, cookie, {
      baseVersion: 1,
      name: 'memory.csv',
      csv: syntheticLevelsCsv(300_000),
    })
    expect(published.status, JSON.stringify(published.body).slice(0, 300)).toBe(200)
    const afterPublish = await settled(pid, bound)
    expect(afterPublish, mb(afterPublish)).toBeLessThanOrEqual(bound)

    const rolledBack = await call(`${url}/api/rollback`, 'POST', { version: 1, baseVersion: 2 }, { cookie })
    expect(rolledBack.status).toBe(200)
    await (await fetch(`${url}/data/observations.csv`)).arrayBuffer()
    const afterRollback = await settled(pid, bound)
    expect(afterRollback, mb(afterRollback)).toBeLessThanOrEqual(bound)
  }, 600_000)
})
