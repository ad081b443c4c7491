import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ScreenBeat } from '../../../contract/api'
import { ScreenStore } from '../../../server/store/screens'

let dir = ''
const opened: ScreenStore[] = []
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hy-screens-'))
})
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.flush()))
  await rm(dir, { recursive: true, force: true })
})

const beatOf = (name: string): ScreenBeat => ({ name, version: 1, page: 'kpi', refreshedAgo: 0 })

/** A store on a clock the test moves. */
async function storeAt(options: { max?: number } = {}) {
  const clock = { now: 1_000_000 }
  const store = await ScreenStore.open(dir, { beatMs: 1000, max: options.max ?? 10, now: () => clock.now })
  opened.push(store)
  return { store, clock }
}

describe('ScreenStore', () => {
  it('a screen is silent once three beat intervals pass without a beat', async () => {
    const { store, clock } = await storeAt()
    store.beat(beatOf('A'))
    const a = () => store.list()[0]!
    clock.now += 3000
    expect(store.isSilent(a())).toBe(false)
    clock.now += 1
    expect(store.isSilent(a())).toBe(true)
    store.beat(beatOf('A'))
    expect(store.isSilent(a())).toBe(false)
  })

  it('a full list makes room by forgetting its longest-silent screen, never one that beats', async () => {
    const { store, clock } = await storeAt({ max: 2 })
    store.beat(beatOf('A'))
    clock.now += 1000
    store.beat(beatOf('B'))
    expect(store.beat(beatOf('C'))).toBeUndefined()
    clock.now += 3500
    // A and B are both silent now; A the longer.
    expect(store.beat(beatOf('C'))).toEqual({ reload: false })
    expect(store.list().map((s) => s.name)).toEqual(['B', 'C'])
  })

  it('every beat reaches the file, however many arrive while a write is under way', async () => {
    const { store } = await storeAt({ max: 100 })
    for (let i = 0; i < 100; i++) store.beat(beatOf(`screen ${i}`))
    await store.flush()
    const file = JSON.parse(await readFile(join(dir, 'screens.json'), 'utf8')) as { screens: { name: string }[] }
    expect(file.screens).toHaveLength(100)
    const reopened = await ScreenStore.open(dir, { beatMs: 1000, max: 100 })
    expect(reopened.list()).toEqual(store.list())
  })
})
