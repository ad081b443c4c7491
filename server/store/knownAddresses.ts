import { join } from 'node:path'
import { Type, type Static } from 'typebox'
import { addressDigest, installSecret, keyedOf } from './addressDigest'
import { replaceFile } from './atomic'
import { readDispensable } from './integrity'

// Addresses remembered per account, most recent last.
const PER_ACCOUNT = 20

// Digests keyed with the install's secret; a file without this version holds older, unkeyed ones.
const KEYED = 2

/** Per account name, digests of the addresses it logged in from. */
const KnownFile = Type.Object({
  version: Type.Optional(Type.Number()),
  accounts: Type.Record(Type.String(), Type.Array(Type.String())),
})
type KnownFile = Static<typeof KnownFile>

/**
 * The addresses each account logged in from, in `stateDir/known-addresses.json`, so that after a
 * restart an analyst's usual address still has a login budget of its own. Only digests keyed with
 * the install's secret are kept (addressDigest.ts): the file lists no analyst's address, and a copy
 * of it cannot be checked against every address of a network. A damaged file is named in the log
 * and forgotten: it costs nothing but that budget.
 */
export class KnownAddresses {
  private writes: Promise<void> = Promise.resolve()

  private constructor(
    private readonly path: string,
    private readonly accounts: Map<string, string[]>,
    private readonly secret: Buffer,
  ) {}

  static async open(stateDir: string, log: (message: string) => void = () => {}): Promise<KnownAddresses> {
    const path = join(stateDir, 'known-addresses.json')
    const { secret, renewed } = await installSecret(join(stateDir, 'known-addresses.key'), log)
    const file = await readDispensable(path, KnownFile, log, 'no known addresses')
    const accounts = new Map(renewed ? [] : Object.entries(file?.accounts ?? {}))
    const known = new KnownAddresses(path, accounts, secret)
    if (file?.version !== KEYED && accounts.size) await known.keyOlderDigests()
    return known
  }

  /** An older file's unkeyed digests, keyed and written at once: the file never holds them again. */
  private keyOlderDigests(): Promise<void> {
    for (const [name, list] of this.accounts)
      this.accounts.set(
        name,
        list.map((d) => keyedOf(this.secret, d)),
      )
    return this.write()
  }

  has(name: string, address: string): boolean {
    return this.accounts.get(name)?.includes(addressDigest(this.secret, name, address)) ?? false
  }

  /** Remembers a successful login; stored before the promise settles. */
  add(name: string, address: string): Promise<void> {
    const d = addressDigest(this.secret, name, address)
    const list = (this.accounts.get(name) ?? []).filter((x) => x !== d)
    this.accounts.set(name, [...list, d].slice(-PER_ACCOUNT))
    return this.write()
  }

  private write(): Promise<void> {
    const write = () => {
      const file: KnownFile = { version: KEYED, accounts: Object.fromEntries(this.accounts) }
      return replaceFile(this.path, JSON.stringify(file) + '\n')
    }
    const run = this.writes.then(write, write)
    this.writes = run.catch(() => undefined)
    return run
  }
}
