import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KnownAddresses } from '../../../server/store/knownAddresses'

let state: string
beforeEach(async () => {
  state = await mkdtemp(join(tmpdir(), 'hy-known-'))
})
afterEach(() => rm(state, { recursive: true, force: true }))

const FILE = 'known-addresses.json'
/** What the file held before: SHA-256 of name and address, which anyone can recompute for every address of a /16. */
const unkeyed = (name: string, address: string) =>
  createHash('sha256').update(`${name}\n${address}`).digest('base64url')

describe('known addresses at rest', () => {
  it('keeps keyed digests (a secret of this install, readable by the server only), never a plain hash of name and address', async () => {
    const known = await KnownAddresses.open(state)
    await known.add('alice', '10.1.2.3')
    const file = await readFile(join(state, FILE), 'utf8')
    expect(file).not.toContain('10.1.2.3')
    expect(file).not.toContain(unkeyed('alice', '10.1.2.3'))
    const secret = (await readdir(state)).find((n) => n !== FILE && !n.startsWith('.'))
    expect(secret).toBeDefined()
    expect((await stat(join(state, secret ?? ''))).mode & 0o777).toBe(0o600)

    const again = await KnownAddresses.open(state)
    expect(again.has('alice', '10.1.2.3')).toBe(true)
    expect(again.has('alice', '10.1.2.4')).toBe(false)
    expect(again.has('bob', '10.1.2.3')).toBe(false)
  })

  it('reads a file of the old format and rewrites it keyed at once, the addresses still known', async () => {
    const old = { accounts: { alice: [unkeyed('alice', '10.0.0.5'), unkeyed('alice', '10.0.0.6')] } }
    await writeFile(join(state, FILE), JSON.stringify(old))
    const known = await KnownAddresses.open(state)
    expect(known.has('alice', '10.0.0.5')).toBe(true)
    expect(known.has('alice', '10.0.0.6')).toBe(true)
    expect(known.has('alice', '10.0.0.7')).toBe(false)
    const file = await readFile(join(state, FILE), 'utf8')
    expect(file).not.toContain(unkeyed('alice', '10.0.0.5'))
    expect(file).not.toContain(unkeyed('alice', '10.0.0.6'))
    expect((await KnownAddresses.open(state)).has('alice', '10.0.0.6')).toBe(true)
  })
})
