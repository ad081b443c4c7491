import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Static, TSchema } from 'typebox'
import { ParseError, Value } from 'typebox/value'

/** SHA-256 (hex) of every file of a version, by its path in the version's tree (`data/…`). */
export type FileHashes = Readonly<Record<string, string>>

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

/** How much is hashed in one turn of the event loop: a millisecond or two. */
const HASH_SLICE = 1024 * 1024

/**
 * SHA-256 of a file's bytes, a slice a turn: hashing a file of many megabytes at once would hold
 * the event loop, and every viewer's request with it, for tens of milliseconds.
 */
export async function sha256Sliced(data: Uint8Array, encoding: 'hex' | 'base64url' = 'hex'): Promise<string> {
  const hash = createHash('sha256')
  for (let at = 0; at < data.length; at += HASH_SLICE) {
    if (at > 0) await nextTurn()
    hash.update(data.subarray(at, at + HASH_SLICE))
  }
  return hash.digest(encoding)
}

export function hashesOf(tree: ReadonlyMap<string, Uint8Array | string>): FileHashes {
  const hashes: Record<string, string> = {}
  for (const [name, data] of tree) hashes[name] = sha256(data)
  return hashes
}

/** Stored data that is not what was written: which file, of which version, and how. */
export class DamagedState extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`)
  }
}

/** JSON from a state file, or DamagedState naming the file and what is wrong instead of a bare SyntaxError. */
function parseStateJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new DamagedState(file, `not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
}

/** The first thing a schema found wrong, where it is: `users/0: must have required properties hash`. */
export function schemaProblem(error: ParseError): string {
  const first = (error.cause as { errors: readonly { instancePath: string; message: string }[] }).errors[0]
  if (!first) return 'does not have the expected shape'
  return first.instancePath ? `${first.instancePath.slice(1)}: ${first.message}` : first.message
}

/** A state file's content as its schema describes it, or DamagedState naming the file and the fault. */
export function parseState<T extends TSchema>(file: string, schema: T, text: string): Static<T> {
  const json = parseStateJson(file, text)
  try {
    return Value.Parse(schema, json)
  } catch (e) {
    throw e instanceof ParseError ? new DamagedState(file, schemaProblem(e)) : e
  }
}

/**
 * A state file whose loss costs little (sessions, known addresses): its content, or undefined when
 * it is missing or damaged; damage is logged with what starting without the file means.
 */
export async function readDispensable<T extends TSchema>(
  path: string,
  schema: T,
  log: (message: string) => void,
  without: string,
): Promise<Static<T> | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
  try {
    return parseState(basename(path), schema, text)
  } catch (e) {
    if (!(e instanceof DamagedState)) throw e
    log(`${path} is damaged (${e.problem}): starting with ${without}`)
    return undefined
  }
}

/** A version that would not be, or is not, on disk as it was meant: it is never made current. */
export class WriteMismatch extends Error {}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8')

/**
 * The UTF-8 bytes of a text file, which must hold exactly that text: an unpaired surrogate would be
 * written as U+FFFD, and the file would say something other than what was checked.
 */
export function exactBytes(file: string, text: string): Uint8Array {
  const bytes = encoder.encode(text)
  if (decoder.decode(bytes) !== text) throw new WriteMismatch(`${file}: text UTF-8 cannot hold as it is`)
  return bytes
}
