import { realpath } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { assemblePublished, type Published } from '../../src/domain/published'
import { parseCsvRows } from '../../src/domain/csv/csv'
import { listedFiles, manifestText, parseManifest, type StoredManifest } from './manifest'
import { DamagedState, sha256Sliced, type FileHashes } from './integrity'
import { readInside } from './paths'

/** One published dataset: its manifest and the bytes of every file it lists. */
export interface VersionFiles {
  readonly manifest: StoredManifest
  /** manifest.json as read, so an unchanged manifest is copied byte for byte; absent when `manifest` is new. */
  readonly manifestText?: string
  /** Contents by the name the manifest uses (e.g. `bulletins/2023-02.md`). */
  readonly files: ReadonlyMap<string, Uint8Array | string>
}

export const MANIFEST = 'manifest.json'

const decoder = new TextDecoder('utf-8')
export const textOf = (data: Uint8Array | string | undefined): string =>
  data === undefined ? '' : typeof data === 'string' ? data : decoder.decode(data)

/**
 * Reads a data directory: the manifest, then exactly the files it lists (nothing else is published).
 * `root` is the directory nothing may lead out of (the state directory); with `hashes` (of `data/…`
 * paths, as meta.json records them) every file must be exactly what was written. Anything else
 * throws DamagedState naming the file.
 */
export async function readVersionFiles(
  dir: string,
  { root = dir, hashes }: { readonly root?: string; readonly hashes?: FileHashes } = {},
): Promise<VersionFiles> {
  const shown = (name: string) => relative(root, join(dir, name)) || name
  const [realRoot, realDir] = await Promise.all([
    realpath(root),
    realpath(dir).catch((e: unknown) => missing(e, shown(''))),
  ])
  if (realDir !== realRoot && !realDir.startsWith(realRoot + sep))
    throw new DamagedState(shown(''), `leads outside ${root}`)
  const read = async (name: string) => {
    let data: Buffer | null
    try {
      data = await readInside(dir, name)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new DamagedState(shown(name), code === 'ENOENT' ? 'missing' : code === 'ELOOP' ? 'a link' : String(e))
    }
    if (!data) throw new DamagedState(shown(name), 'unsafe file name')
    const expected = hashes?.[`data/${name}`]
    if (hashes && expected !== (await sha256Sliced(data)))
      throw new DamagedState(
        shown(name),
        expected ? 'its content differs from what was written (SHA-256)' : 'not recorded',
      )
    return data
  }
  const manifestText = decoder.decode(await read(MANIFEST))
  let manifest: StoredManifest
  try {
    manifest = parseManifest(manifestText)
  } catch (e) {
    throw new DamagedState(shown(MANIFEST), e instanceof Error ? e.message : String(e))
  }
  const files = new Map<string, Uint8Array>()
  for (const name of listedFiles(manifest)) files.set(name, await read(name))
  return { manifest, manifestText, files }
}

/** A directory that is gone is damage to name, not an internal error. */
function missing(e: unknown, shown: string): never {
  const code = (e as NodeJS.ErrnoException).code
  throw code === 'ENOENT' || code === 'ENOTDIR' ? new DamagedState(shown, 'missing') : e
}

/** The files to write for a version: manifest.json and every listed file. */
export function filesToWrite(v: VersionFiles): Map<string, Uint8Array | string> {
  return new Map<string, Uint8Array | string>([[MANIFEST, v.manifestText ?? manifestText(v.manifest)], ...v.files])
}

/** Builds the dataset from a version's files exactly as the browser does. */
export function assembleVersion(v: VersionFiles): Published {
  const m = v.manifest
  const csvNames = [m.indicators, m.regions, ...m.observations]
  return assemblePublished({
    manifest: m,
    tables: new Map(csvNames.map((n) => [n, parseCsvRows(textOf(v.files.get(n)))])),
    texts: new Map(m.bulletins.map((n) => [n, textOf(v.files.get(n))])),
  })
}
