import type { ChildProcess } from 'node:child_process'
import { watch } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { assemblePublished } from '@/domain/published'
import { fetchPublishedFiles } from '@/io/publishedFiles'
import { assembleVersion, readVersionFiles } from '../../../server/store/versionFiles'
import { addUser, call, csvOf, login, publishCsv, realRow, spawnMain, tempDirs, type TempDirs } from '../helpers'

const children = new Set<ChildProcess>()
let dirs: TempDirs | undefined

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  await dirs?.cleanup()
})

/** The real server in its own process, killed after the file if a test left it running. */
function spawnServer(d: TempDirs) {
  return spawnMain(d, {
    started: (child) => {
      children.add(child)
      child.on('exit', () => children.delete(child))
    },
  })
}

/**
 * Resolves at the moment to kill: a random delay, or when a temporary name appears in `state` for
 * the 1st to 4th time (so that some publishes of the round complete first).
 */
function killAt(moment: 'random' | 'tree' | 'pointer', state: string): Promise<void> {
  if (moment === 'random') return new Promise((r) => setTimeout(r, 30 + Math.random() * 400))
  const dir = moment === 'tree' ? join(state, 'versions') : state
  let skip = Math.floor(Math.random() * 4)
  return new Promise((resolve) => {
    const done = () => {
      watcher.close()
      clearTimeout(timer)
      resolve()
    }
    const watcher = watch(dir, (_event, name) => {
      if (name?.startsWith('.tmp-') && skip-- === 0) done()
    })
    const timer = setTimeout(done, 2000)
  })
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  )

describe('SIGKILL in the middle of a stream of publishes', () => {
  it('always restarts with a complete published version that loads without problems', async () => {
    dirs = await tempDirs()
    const d = dirs
    await addUser(d.state, 'alice')
    const original = await realRow('衡阳市,2022,patent_grants,')
    // Test edits of one real figure: each publish gives it a distinct value no statistic has.
    const edit = (value: number) =>
      original.replace(',5183,', `,${value},`).replace(/,[^,]*$/, ',test edit: not a published figure')
    const seedText = await readFile(join(d.seed, 'observations.csv'), 'utf8')
    const expectedText = (value: number) => (value === 5183 ? seedText : seedText.replace(original, edit(value)))
    const sent = new Set<number>([5183])
    const acked = new Map<number, number>([[1, 5183]])
    let counter = 100_000

    // Random moments, and moments picked by watching the state directory: while a version's tree
    // is being written, and while current.json is being replaced.
    const moments = ['random', 'tree', 'pointer'] as const
    for (let round = 0; round < 6; round++) {
      const { child, url } = await spawnServer(d)
      const cookie = await login(url, 'alice')
      let base = (await call<{ version: number }>(`${url}/api/health`, 'GET')).body.version
      let stop = false
      // Each round kills only after one of its publishes was acknowledged, so that a slow start on a
      // busy machine still leaves acknowledged versions to find after the crash.
      let firstAck = () => {}
      const acknowledged = new Promise<void>((resolve) => (firstAck = resolve))
      const stream = (async () => {
        while (!stop) {
          const value = ++counter
          sent.add(value)
          try {
            const res = await publishCsv<{ version: number; currentVersion?: number }>(url, cookie, {
              baseVersion: base,
              name: `crash-${value}.csv`,
              csv: csvOf(edit(value)),
            })
            if (res.status === 200) {
              acked.set(res.body.version, value)
              base = res.body.version
              firstAck()
            } else if (res.status === 409 && res.body.currentVersion) {
              base = res.body.currentVersion
            } else throw new Error(`publish: ${res.status} ${JSON.stringify(res.body)}`)
          } catch (e) {
            if (stop) return
            throw e
          }
        }
      })()
      await Promise.race([acknowledged, stream])
      await killAt(moments[round % moments.length] ?? 'random', d.state)
      stop = true
      child.kill('SIGKILL')
      await killed(child)
      await stream
    }
    expect(acked.size).toBeGreaterThan(1)

    const { child, url } = await spawnServer(d)
    try {
      const version = (await call<{ version: number }>(`${url}/api/health`, 'GET')).body.version
      expect(version).toBeGreaterThanOrEqual(Math.max(...acked.keys()))

      // What the browser loads: no problems, and exactly one published version's content.
      const files = await fetchPublishedFiles(fetch, `${url}/`)
      const published = assemblePublished(files)
      expect(published.problems).toEqual([])
      const figure = published.dataset.observations.find(
        (o) => o.region === '衡阳市' && o.periodKey === '2022' && o.indicator === 'patent_grants',
      )
      const value = figure?.value ?? Number.NaN
      expect(sent.has(value)).toBe(true)
      if (acked.has(version)) expect(value).toBe(acked.get(version))
      expect(await (await fetch(`${url}/data/observations.csv`)).text()).toBe(expectedText(value))
      for (const name of ['indicators.csv', 'regions.csv', 'bulletins/2023-02.md']) {
        expect(await (await fetch(`${url}/data/${name}`)).text(), name).toBe(await readFile(join(d.seed, name), 'utf8'))
      }

      // Every version kept on disk is complete; the history and the audit log agree with them.
      const numbers = (await readdir(join(d.state, 'versions'))).map(Number).sort((a, b) => a - b)
      expect(numbers).toEqual(Array.from({ length: version }, (_, i) => i + 1))
      for (const n of numbers) {
        const v = await readVersionFiles(join(d.state, 'versions', String(n), 'data'))
        expect(assembleVersion(v).problems, `version ${n}`).toEqual([])
        if (acked.has(n))
          expect(
            assembleVersion(v).dataset.observations.find(
              (o) => o.indicator === 'patent_grants' && o.region === '衡阳市' && o.periodKey === '2022',
            )?.value,
          ).toBe(acked.get(n))
      }
      const history = await call<{ versions: { version: number }[] }>(`${url}/api/versions`, 'GET')
      expect(history.body.versions.map((v) => v.version)).toEqual([...numbers].reverse())
      const audit = (await readFile(join(d.state, 'audit.log'), 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { version: number }).version)
      expect(audit).toEqual(numbers.slice(1))
      expect((await readdir(d.state)).filter((n) => n.startsWith('.tmp-'))).toEqual([])

      // And the server goes on publishing.
      const cookie = await login(url, 'alice')
      const res = await publishCsv(url, cookie, { baseVersion: version, name: 'after.csv', csv: csvOf(original) })
      expect(res.status).toBe(200)
    } finally {
      child.kill('SIGTERM')
      await killed(child)
    }
    // Seven real server processes start here, each compiling the server with tsx: on a busy machine
    // that alone can take a minute. The test waits for each one's printed URL, never for a time.
  }, 300_000)
})
