import { createHash, createHmac, randomBytes } from 'node:crypto'
import { chmod, open, readFile, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fsyncDir } from './atomic'

const SECRET_BYTES = 32

/**
 * The install's secret for keying address digests, in `path` (created on first use, readable by the
 * server's account only): without it a copy of known-addresses.json is no list of addresses,
 * since nobody can try every address of a network against it. A file that holds no secret this
 * server wrote is logged and replaced (`renewed`: nothing keyed before can be checked any more).
 */
export async function installSecret(
  path: string,
  log: (message: string) => void,
): Promise<{ readonly secret: Buffer; readonly renewed: boolean }> {
  let renewed = false
  for (;;) {
    try {
      const secret = Buffer.from((await readFile(path, 'utf8')).trim(), 'hex')
      if (secret.length === SECRET_BYTES) {
        // Made readable by others since (a restore from a backup, a copy): only the server reads it.
        await chmod(path, 0o600)
        return { secret, renewed }
      }
      log(`${path} holds no secret of this server: replaced, and the known addresses forgotten`)
      await rm(path, { force: true })
      renewed = true
      continue
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
    try {
      const fh = await open(path, 'wx', 0o600)
      try {
        await fh.writeFile(randomBytes(SECRET_BYTES).toString('hex') + '\n')
        await fh.sync()
      } finally {
        await fh.close()
      }
      await fsyncDir(dirname(path))
    } catch (e) {
      // Another process made it first: read theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
  }
}

/** What servers before this one stored per known address: SHA-256 of name and address, unkeyed. */
const unkeyed = (name: string, address: string) =>
  createHash('sha256').update(`${name}\n${address}`).digest('base64url')

/**
 * An older file's digest keyed with the install's secret: an address remembered before keeps
 * its place without the file ever holding the unkeyed digest again.
 */
export const keyedOf = (secret: Buffer, unkeyedDigest: string) =>
  createHmac('sha256', secret).update(unkeyedDigest).digest('base64url')

/** The digest kept for an account's address: HMAC-SHA256 with the install's secret. */
export const addressDigest = (secret: Buffer, name: string, address: string) => keyedOf(secret, unkeyed(name, address))
