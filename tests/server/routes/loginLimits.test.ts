import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fromEnv } from '../../../server/config'
import { call, PASSWORD, serverPerTest } from '../helpers'

const s = serverPerTest()

const loginAs = (url: string, name: string, password: string, from?: string) =>
  call(`${url}/api/login`, 'POST', { name, password }, { headers: from ? { 'X-Forwarded-For': from } : {} })

const statuses = (replies: readonly { status: number }[]) => {
  const counts: Record<number, number> = {}
  for (const r of replies) counts[r.status] = (counts[r.status] ?? 0) + 1
  return counts
}

describe('login limits under concurrency', () => {
  it('checks at most 10 of 30 parallel guesses for one name, and none after them', async () => {
    await s.start()
    const url = s.server.url
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => loginAs(url, 'alice', `wrong ${i}`)))
    expect(statuses(replies)).toEqual({ 401: 10, 429: 20 })
    expect((await loginAs(url, 'alice', PASSWORD)).status).toBe(429)
  })

  it('checks at most 20 of 30 parallel guesses from one address, whatever the names', async () => {
    await s.start()
    const url = s.server.url
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => loginAs(url, `user${i}`, 'wrong')))
    expect(statuses(replies)).toEqual({ 401: 20, 429: 10 })
  })
})

describe('lock-out by strangers', () => {
  it('keeps an analyst able to log in from an address that logged in before, however many guesses others made', async () => {
    await s.start({ trustProxy: 1 })
    const url = s.server.url
    expect((await loginAs(url, 'alice', PASSWORD, '10.0.0.5')).status).toBe(200)
    for (let i = 0; i < 12; i++) await loginAs(url, 'alice', 'wrong', `10.0.1.${i}`)
    expect((await loginAs(url, 'alice', PASSWORD, '10.0.2.1')).status).toBe(429)
    expect((await loginAs(url, 'alice', PASSWORD, '10.0.0.5')).status).toBe(200)
  })

  it('remembers those addresses across a restart, and stores no address', async () => {
    await s.start({ trustProxy: 1 })
    expect((await loginAs(s.server.url, 'alice', PASSWORD, '10.0.0.5')).status).toBe(200)
    await s.server.close()
    await s.start({ trustProxy: 1 })
    const url = s.server.url
    for (let i = 0; i < 12; i++) await loginAs(url, 'alice', 'wrong', `10.0.1.${i}`)
    expect((await loginAs(url, 'alice', PASSWORD, '10.0.0.5')).status).toBe(200)
    expect(await readFile(join(s.dirs.state, 'known-addresses.json'), 'utf8')).not.toContain('10.0.0.5')
  })

  it('still limits guesses from the analyst’s own address', async () => {
    await s.start({ trustProxy: 1 })
    const url = s.server.url
    expect((await loginAs(url, 'alice', PASSWORD, '10.0.0.5')).status).toBe(200)
    const replies: { status: number }[] = []
    for (let i = 0; i < 12; i++) replies.push(await loginAs(url, 'alice', 'wrong', '10.0.0.5'))
    expect(statuses(replies)).toEqual({ 401: 10, 429: 2 })
  })
})

describe('TRUST_PROXY', () => {
  it('trusts only the configured number of hops of X-Forwarded-For', async () => {
    const { server: options } = fromEnv({ TRUST_PROXY: '1' })
    await s.start({
      trustProxy: options.trustProxy,
      loginFailures: { perIp: { max: 3, windowMs: 60_000 }, perName: { max: 100, windowMs: 60_000 } },
    })
    const url = s.server.url
    // The client writes the left-most entries; the proxy appends the address it saw.
    const replies = []
    for (let i = 0; i < 5; i++) replies.push(await loginAs(url, `user${i}`, 'wrong', `192.0.2.${i}, 10.0.0.7`))
    expect(replies.map((r) => r.status)).toEqual([401, 401, 401, 429, 429])
    expect((await loginAs(url, 'user9', 'wrong', '10.0.0.8')).status).toBe(401)
  })

  it('naming the proxies, believes X-Forwarded-For from them only', async () => {
    // The test connects from 127.0.0.1: a client, not the proxy named.
    const { server: options } = fromEnv({ TRUST_PROXY: '127.0.0.5, 10.0.0.0/8' })
    await s.start({
      trustProxy: options.trustProxy,
      loginFailures: { perIp: { max: 3, windowMs: 60_000 }, perName: { max: 100, windowMs: 60_000 } },
    })
    const replies = []
    for (let i = 0; i < 5; i++) replies.push(await loginAs(s.server.url, `user${i}`, 'wrong', `192.0.2.${i}`))
    expect(replies.map((r) => r.status)).toEqual([401, 401, 401, 429, 429])
  })

  it('refuses to start on a TRUST_PROXY that is no address, naming it', () => {
    for (const setting of ['10.0.0.0/33', '10.0.0', 'cafe', '::1/129'])
      expect(() => fromEnv({ TRUST_PROXY: setting })).toThrow(/TRUST_PROXY/)
  })
})
