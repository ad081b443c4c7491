import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { addressDigest, installSecret, keyedOf } from './addressDigest'
import { replaceFile } from './atomic'

// Addresses remembered per account, most recent last.
const PER_ACCOUNT = 20

// Digests keyed with the install's secret; a file without this version holds older, unkeyed ones.
const KEYED = 2

interface KnownFile {
  readonly version?: number
  readonly accounts: Record<string, string[]>
}

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
    const accounts = new Map<string, string[]>()
    const { secret, renewed } = await installSecret(join(stateDir, 'known-addresses.key'), log)
    let keyed = true
    try {
      const file = JSON.parse(await readFile(path, 'utf8')) as Partial<KnownFile>
      keyed = file.version === KEYED
      for (const [name, list] of Object.entries(file.accounts ?? {}))
        if (Array.isArray(list))
          accounts.set(
            name,
            list.filter((d): d is string => typeof d === 'string'),
          )
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        log(`${path} is damaged (${e instanceof Error ? e.message : String(e)}): starting with no known addresses`)
    }
    if (renewed) accounts.clear()
    const known = new KnownAddresses(path, accounts, secret)
    if (!keyed && accounts.size) await known.keyOlderDigests()
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
