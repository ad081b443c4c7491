import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { MAX_PASSWORD } from '../../contract/api'
import { replaceFile } from './atomic'
import { DamagedState, parseStateJson } from './integrity'
import { isAlive } from './lock'

/** An analyst account as stored: never the password, only a salted scrypt hash of it. */
export interface StoredUser {
  readonly name: string
  /** `scrypt$N$r$p$salt$key`, salt and key in base64. */
  readonly hash: string
  readonly created: string
}

interface UsersFile {
  readonly users: StoredUser[]
}

// Letters (any script), digits, and . _ - inside: a name shown in the history and the audit log.
const NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}._-]{0,30}[\p{L}\p{N}])?$/u
const MIN_PASSWORD = 8

/**
 * What a session remembers of the account's credentials: a new password (or the account removed
 * and made again) changes it, which ends every session begun before, in a running server too.
 */
export function credentialTag(user: StoredUser): string {
  return createHash('sha256').update(user.hash).digest('base64url').slice(0, 22)
}

export function isValidName(name: string): boolean {
  return NAME.test(name)
}

function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD) return `the password needs at least ${MIN_PASSWORD} characters`
  if (password.length > MAX_PASSWORD) return `the password may have at most ${MAX_PASSWORD} characters`
  return null
}

/** Cost parameters: about 0.1 s and 32 MiB per hash, so guessing offline is slow too. */
interface ScryptCost {
  readonly N: number
  readonly r: number
  readonly p: number
}
const DEFAULT_COST: ScryptCost = { N: 1 << 15, r: 8, p: 1 }
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r }
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, cost)
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`
}

async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = hash.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * The accounts of a parsed users.json, each with a name and a hash: a file that holds anything
 * else (`null`, an account without its hash) is named as damaged, never read as far as a TypeError.
 */
function accountsIn(parsed: unknown): StoredUser[] {
  const users = typeof parsed === 'object' && parsed !== null ? (parsed as Partial<UsersFile>).users : undefined
  if (!Array.isArray(users)) throw new DamagedState('users.json', 'has no "users" list')
  users.forEach((u: unknown, i) => {
    const entry = typeof u === 'object' && u !== null ? (u as Record<string, unknown>) : {}
    if (typeof entry.name !== 'string' || typeof entry.hash !== 'string')
      throw new DamagedState('users.json', `account ${i + 1} is not an account with a name and a password hash`)
  })
  return users
}

// Checked against when the name is unknown, so an unknown name takes as long as a wrong password.
let dummyHash: Promise<string> | undefined

/**
 * The accounts in `stateDir/users.json`. The CLI writes the file while the server runs, so the
 * server re-reads it when it changes: a removed account can no longer log in or act.
 */
export class UserStore {
  readonly path: string
  private cache: { ino: number; mtimeMs: number; size: number; users: StoredUser[] } | undefined

  constructor(stateDir: string) {
    this.path = join(stateDir, 'users.json')
  }

  async list(): Promise<StoredUser[]> {
    let info
    try {
      info = await stat(this.path)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    if (
      this.cache &&
      this.cache.ino === info.ino &&
      this.cache.mtimeMs === info.mtimeMs &&
      this.cache.size === info.size
    )
      return this.cache.users
    const users = accountsIn(parseStateJson('users.json', await readFile(this.path, 'utf8')))
    this.cache = { ino: info.ino, mtimeMs: info.mtimeMs, size: info.size, users }
    return users
  }

  async get(name: string): Promise<StoredUser | undefined> {
    return (await this.list()).find((u) => u.name === name)
  }

  /** The account if `password` is its password; takes as long whether or not the name exists. */
  async authenticate(name: string, password: string): Promise<StoredUser | null> {
    const user = isValidName(name) ? await this.get(name) : undefined
    if (!user) {
      dummyHash ??= hashPassword('not a password of anyone')
      await verifyPassword(password, await dummyHash)
      return null
    }
    return (await verifyPassword(password, user.hash)) ? user : null
  }

  async add(name: string, password: string, { replace = false, cost = DEFAULT_COST } = {}): Promise<void> {
    if (!isValidName(name))
      throw new Error(`invalid name ${JSON.stringify(name)}: 1–32 letters or digits, with . _ - inside`)
    const problem = passwordProblem(password)
    if (problem) throw new Error(problem)
    // Hashed before the lock is taken: another command waits for a write, not for a hash.
    const user: StoredUser = { name, hash: await hashPassword(password, cost), created: new Date().toISOString() }
    await this.change((users) => {
      if (!replace && users.some((u) => u.name === name))
        throw new Error(`user ${name} exists (use passwd to change the password)`)
      return [...users.filter((u) => u.name !== name), user]
    })
  }

  async remove(name: string): Promise<boolean> {
    let removed = false
    await this.change((users) => {
      removed = users.some((u) => u.name === name)
      return removed ? users.filter((u) => u.name !== name) : null
    })
    return removed
  }

  /**
   * Reads, changes and writes the accounts under `users.json.lock`, so that two commands at the
   * same moment both land. `edit` returns the new list, or null to leave the file as it is.
   */
  private async change(edit: (users: readonly StoredUser[]) => StoredUser[] | null): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true })
    const release = await takeLock(`${this.path}.lock`)
    try {
      this.cache = undefined
      const next = edit(await this.list())
      if (next) await this.write(next)
    } finally {
      await release()
    }
  }

  private async write(users: StoredUser[]): Promise<void> {
    const file: UsersFile = { users }
    await replaceFile(this.path, JSON.stringify(file, null, 2) + '\n')
    this.cache = undefined
  }
}

const LOCK_WAIT_MS = 10_000
// A lock older than this whose process is gone was left by a command that was killed.
const STALE_LOCK_MS = 5_000

/** Takes a lock file by exclusive create, waiting for its holder; returns the release function. */
async function takeLock(path: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' })
      return () => rm(path, { force: true })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    const [text, info] = await Promise.all([readFile(path, 'utf8').catch(() => ''), stat(path).catch(() => undefined)])
    const pid = Number(text.trim())
    const old = info !== undefined && Date.now() - info.mtimeMs > STALE_LOCK_MS
    if (old && !(Number.isInteger(pid) && pid > 0 && isAlive(pid))) {
      await rm(path, { force: true })
      continue
    }
    if (Date.now() > deadline)
      throw new Error(`${path} is held by another command (pid ${text.trim() || '?'}); try again`)
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 30))
  }
}
