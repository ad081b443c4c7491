import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  addUser,
  call,
  csvOf,
  currentVersion,
  login,
  realRow,
  start,
  tempDirs,
  type Running,
  type TempDirs,
} from './helpers'

let dirs: TempDirs
let server: Running

beforeEach(async () => {
  dirs = await tempDirs()
  await addUser(dirs.state, 'alice')
  server = await start(dirs)
})

afterEach(async () => {
  await server.close()
  await dirs.cleanup()
})

describe('an identical re-publish', () => {
  it('answers 422 nothingChanged with the current version, in both languages, and writes no version', async () => {
    const cookie = await login(server.url, 'alice')
    const res = await call<{ error: string; currentVersion: number; message: { zh: string; en: string } }>(
      `${server.url}/api/publish`,
      'POST',
      { baseVersion: 1, name: 'same.csv', csv: csvOf(await realRow('衡阳市,2022,patent_grants,')) },
      { cookie },
    )
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ error: 'nothingChanged', currentVersion: 1 })
    expect(res.body.message.zh).toContain('第 1 版')
    expect(res.body.message.en).toContain('version 1')
    expect(await currentVersion(server.url)).toBe(1)
    expect(await readdir(join(dirs.state, 'versions'))).toEqual(['1'])
  })
})
