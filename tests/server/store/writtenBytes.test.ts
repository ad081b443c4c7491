import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashesOf } from '../../../server/store/integrity'
import { filesToWrite } from '../../../server/store/versionFiles'
import { VersionStore } from '../../../server/store/versions'
import { tempDirs, type TempDirs } from '../helpers'

let dirs: TempDirs
beforeEach(async () => {
  dirs = await tempDirs()
})
afterEach(() => dirs.cleanup())

const meta = {
  at: '2026-01-01T00:00:00.000Z',
  by: 'alice',
  action: 'publish' as const,
  name: 'test.csv',
  baseVersion: 1,
  rollbackOf: null,
  counts: { added: 0, changed: 1, unchanged: 0, removed: 0, observations: 1 },
}

async function stateAfter(store: VersionStore) {
  return {
    current: store.current,
    pointer: JSON.parse(await readFile(join(dirs.state, 'current.json'), 'utf8')) as unknown,
    versions: (await readdir(join(dirs.state, 'versions'))).filter((n) => !n.startsWith('.')),
  }
}

describe('what a commit writes is what it meant to write', () => {
  it('refuses a version whose bytes on disk differ from the hashes of the bytes it was given', async () => {
    const store = await VersionStore.open(dirs.state, dirs.seed)
    const files = filesToWrite(await store.read())
    const hashes = hashesOf(new Map([...files].map(([name, data]) => [`data/${name}`, data])))
    // What the checking thread hashed is not what reaches the disk.
    const intended = { ...hashes, 'data/observations.csv': hashesOf(new Map([['x', 'other bytes']])).x ?? '' }
    await expect(store.exclusive(() => store.commit(files, meta, 0, intended))).rejects.toThrow(/observations\.csv/)
    expect(await stateAfter(store)).toEqual({ current: 1, pointer: { version: 1 }, versions: ['1'] })
  })

  it('refuses text that UTF-8 cannot hold as it is (an unpaired surrogate would be written as U+FFFD)', async () => {
    const store = await VersionStore.open(dirs.state, dirs.seed)
    const files = filesToWrite(await store.read())
    const regions = new TextDecoder().decode(files.get('regions.csv') as Uint8Array)
    files.set('regions.csv', `${regions}假县\ud800,Test county,other,衡阳市,\n`)
    await expect(store.exclusive(() => store.commit(files, meta, 0))).rejects.toThrow(/regions\.csv/)
    expect(await stateAfter(store)).toEqual({ current: 1, pointer: { version: 1 }, versions: ['1'] })
  })
})
