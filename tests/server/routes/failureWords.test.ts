import * as fs from 'node:fs/promises'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { call, PASSWORD, serverPerTest, text } from '../helpers'

// A full disk, where the server writes sessions.json: its temporary file cannot be written.
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>()
  return { ...real, open: vi.fn(real.open) }
})
const realOpen = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).open
afterEach(() => {
  vi.mocked(fs.open).mockImplementation(realOpen)
})

const s = serverPerTest({ start: true })

type ErrorBody = { error: string; message: { zh: string; en: string } }

const loginAlice = () => call<ErrorBody>(`${s.server.url}/api/login`, 'POST', { name: 'alice', password: PASSWORD })

describe('every failure answers in words', () => {
  it.each([
    ['a null account', '{"users": [null]}'],
    ['null instead of the accounts', 'null'],
    ['an account without its hash', '{"users": [{"name": "alice"}]}'],
  ])('names users.json holding %s, in both languages', async (_what, content) => {
    await writeFile(join(s.dirs.state, 'users.json'), content)
    const res = await loginAlice()
    expect(res.status).toBe(500)
    expect(res.body.error).toBe('damagedState')
    expect(res.body.message.en).toContain('users.json')
    expect(res.body.message.zh).toContain('users.json')
  })

  it('answers a login on a full disk with what failed, in both languages', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 })
    vi.mocked(fs.open).mockImplementation(async (path, ...rest) => {
      if (String(path).includes('sessions.json')) throw full
      return realOpen(path, ...rest)
    })
    const res = await loginAlice()
    expect(res.status).toBe(507)
    expect(res.body.error).toBe('storageFull')
    expect(res.body.message.en).toMatch(/full/i)
    expect(res.body.message.zh).toContain('磁盘')
  })

  it.each(['/data/%zz', '/data/%E0%A4%A', '/api/%zz'])('answers %s with the app’s own error body', async (path) => {
    const res = await text(`${s.server.url}${path}`)
    expect(res.status).toBe(400)
    const body = JSON.parse(res.body) as ErrorBody
    expect(body.error).toBe('badUrl')
    expect(body.message.zh).toBeTruthy()
    expect(body.message.en).toBeTruthy()
  })
})
