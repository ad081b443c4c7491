import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Durable writes. A rename within one directory is atomic on POSIX file systems, so a reader (or a
 * restart after a crash) sees the old file or the new one. The fsyncs make that true after a power
 * loss too: data before the rename, the directory entry after it.
 */

/** Prefix of every temporary name: whatever starts so is a leftover of an interrupted write. */
const TEMP_PREFIX = '.tmp-'

function tempName(forName: string): string {
  return `${TEMP_PREFIX}${forName}-${process.pid}-${randomBytes(6).toString('hex')}`
}

/** Writes a new file and flushes it to disk; fails if the name exists. */
async function writeFileDurable(path: string, data: string | Uint8Array): Promise<void> {
  const fh = await open(path, 'wx', 0o640)
  try {
    await fh.writeFile(data)
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/** Flushes a directory's entries (created, renamed or removed names) to disk. */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/** Replaces `path` with `data` all at once: temp file in the same directory, fsync, rename, fsync dir. */
export async function replaceFile(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, tempName(basename(path)))
  try {
    await writeFileDurable(temp, data)
    await rename(temp, path)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
  await fsyncDir(dir)
}

/**
 * Writes a whole directory tree under a temporary name, then renames it into place: the tree
 * appears complete or not at all. `files` maps relative paths (already checked) to contents.
 */
export async function writeDirAtomic(path: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const parent = dirname(path)
  const temp = join(parent, tempName(basename(path)))
  try {
    await mkdir(temp)
    const dirs = new Set<string>([temp])
    for (const [name, data] of files) {
      const target = join(temp, name)
      const dir = dirname(target)
      if (!dirs.has(dir)) {
        await mkdir(dir, { recursive: true })
        for (let d = dir; d.length > temp.length; d = dirname(d)) dirs.add(d)
      }
      await writeFileDurable(target, data)
    }
    // Deepest first, so every entry is on disk before the name that leads to it.
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) await fsyncDir(dir)
    await rename(temp, path)
  } catch (e) {
    await rm(temp, { recursive: true, force: true })
    throw e
  }
  await fsyncDir(parent)
}

/** Appends one record and flushes it; a line is written in one call so it is never interleaved. */
export async function appendDurable(path: string, line: string): Promise<void> {
  const fh = await open(path, 'a', 0o640)
  try {
    await fh.write(line)
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/** Removes what interrupted writes left in `dir`: temporary files and trees. Returns their names. */
export async function removeLeftovers(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX))
  for (const name of names) await rm(join(dir, name), { recursive: true, force: true })
  if (names.length) await fsyncDir(dir)
  return names
}
