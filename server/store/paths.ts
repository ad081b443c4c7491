import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'

// Printable names only: control characters (NUL above all) end C strings and confuse logs.
const CONTROL = /[\u0000-\u001f\u007f]/
const MAX_NAME = 200

/**
 * Whether `name` is a plain relative file name such as `observations.csv` or `bulletins/2023-02.md`:
 * forward slashes between non-empty segments, none of them `.` or `..`, no backslash, colon, control
 * character or leading slash. Callers pass names already percent-decoded, so `%2e%2e%2f` arrives as
 * `../` and is refused here; a doubly encoded name stays a literal (and unknown) file name.
 */
export function isSafeRelativeName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME) return false
  if (CONTROL.test(name) || name.includes('\\') || name.includes(':')) return false
  if (name.startsWith('/') || isAbsolute(name)) return false
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

/** The absolute path of `name` inside `root`, or null when it is unsafe or would leave `root`. */
export function resolveInside(root: string, name: string): string | null {
  if (!isSafeRelativeName(name)) return null
  const base = resolve(root)
  const target = resolve(base, name)
  const rel = relative(base, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !target.startsWith(base + sep)) return null
  return target
}

/**
 * Reads `name` inside `root` without following a link out of it: every directory on the way must
 * resolve inside `root` as it really is, and the file itself is opened with O_NOFOLLOW (a link
 * there fails with ELOOP). Returns null when the name is unsafe.
 */
export async function readInside(root: string, name: string): Promise<Buffer | null> {
  const path = resolveInside(root, name)
  if (!path) return null
  const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dirname(path))])
  if (realDir !== realRoot && !realDir.startsWith(realRoot + sep))
    throw Object.assign(new Error(`${name} leads outside ${root}`), { code: 'ELOOP' })
  const fh = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    return await fh.readFile()
  } finally {
    await fh.close()
  }
}
