import { createHash } from 'node:crypto'

/** SHA-256 (hex) of every file of a version, by its path in the version's tree (`data/…`). */
export type FileHashes = Readonly<Record<string, string>>

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

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
export function parseStateJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new DamagedState(file, `not valid JSON (${e instanceof Error ? e.message : String(e)})`)
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
