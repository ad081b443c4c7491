import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { Type, type Static } from 'typebox'
import { replaceFile } from './atomic'
import { readDispensable } from './integrity'

// Addresses remembered per account, most recent last.
const PER_ACCOUNT = 20

/** Per account name, digests of the addresses it logged in from. */
const KnownFile = Type.Object({ accounts: Type.Record(Type.String(), Type.Array(Type.String())) })
type KnownFile = Static<typeof KnownFile>

// Only a hash of account and address is kept: the file lists no analyst's address.
const digest = (name: string, address: string) => createHash('sha256').update(`${name}\n${address}`).digest('base64url')

/**
 * The addresses each account logged in from, in `stateDir/known-addresses.json`, so that after a
 * restart an analyst's usual address still has a login budget of its own. A damaged file is named
 * in the log and forgotten: it costs nothing but that budget.
 */
export class KnownAddresses {
  private writes: Promise<void> = Promise.resolve()

  private constructor(
    private readonly path: string,
    private readonly accounts: Map<string, string[]>,
  ) {}

  static async open(stateDir: string, log: (message: string) => void = () => {}): Promise<KnownAddresses> {
    const path = join(stateDir, 'known-addresses.json')
    const file = await readDispensable(path, KnownFile, log, 'no known addresses')
    return new KnownAddresses(path, new Map(Object.entries(file?.accounts ?? {})))
  }

  has(name: string, address: string): boolean {
    return this.accounts.get(name)?.includes(digest(name, address)) ?? false
  }

  /** Remembers a successful login; stored before the promise settles. */
  add(name: string, address: string): Promise<void> {
    const d = digest(name, address)
    const list = (this.accounts.get(name) ?? []).filter((x) => x !== d)
    this.accounts.set(name, [...list, d].slice(-PER_ACCOUNT))
    const write = () => {
      const file: KnownFile = { accounts: Object.fromEntries(this.accounts) }
      return replaceFile(this.path, JSON.stringify(file) + '\n')
    }
    const run = this.writes.then(write, write)
    this.writes = run.catch(() => undefined)
    return run
  }
}
