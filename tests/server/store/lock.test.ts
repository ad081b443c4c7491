import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { ROOT, serverPerTest } from '../helpers'

const s = serverPerTest({ users: [] })

describe('the state directory lock', () => {
  it('is taken by exactly one of several processes trying at the same moment on a stale pid file', async () => {
    // Each process loads the lock first, then tries at one agreed instant, and holds what it got
    // until every process has tried (its input closes): a slow start on a busy machine cannot let a
    // late one take over a lock whose holder has already gone.
    const script = `
      const { lockStateDir } = await import(${JSON.stringify(inject('compiled').lock)})
      const at = Number(process.argv[1])
      while (Date.now() < at) {}
      const allTried = new Promise((r) => process.stdin.on('end', r).resume())
      try { await lockStateDir(process.argv[2]); console.log('locked'); await allTried }
      catch { console.log('refused') }`
    for (let round = 0; round < 5; round++) {
      await writeFile(join(s.dirs.root, 'server.pid'), '2147483646\n')
      const at = String(Date.now() + 2500)
      const children = Array.from({ length: 6 }, () =>
        spawn(process.execPath, ['--input-type=module', '-e', script, at, s.dirs.root], {
          cwd: ROOT,
          stdio: ['pipe', 'pipe', 'inherit'],
        }),
      )
      const outcomes = await Promise.all(
        children.map(
          (child) =>
            new Promise<string>((resolve) => {
              let out = ''
              child.stdout.on('data', (c: Buffer) => {
                out += String(c)
                if (out.includes('\n')) resolve(out.trim())
              })
              child.on('exit', () => resolve(out.trim()))
            }),
        ),
      )
      await Promise.all(
        children.map((child) => {
          const exited = new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(0)))
          child.stdin.end()
          return exited
        }),
      )
      expect(
        outcomes.filter((o) => o === 'locked'),
        `round ${round}: ${outcomes.join(' ')}`,
      ).toHaveLength(1)
    }
    // Thirty processes: on a busy machine, a minute.
  }, 180_000)
})
