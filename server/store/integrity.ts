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
