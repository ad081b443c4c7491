import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { assemblePublished, type Published } from '../../src/domain/published'
import { parseCsvRows } from '../../src/io/csv'
import { listedFiles, manifestText, parseManifest, type StoredManifest } from './manifest'
import { resolveInside } from './paths'

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

/** Reads a data directory: the manifest, then exactly the files it lists (nothing else is published). */
export async function readVersionFiles(dir: string): Promise<VersionFiles> {
  const manifestText = await readFile(join(dir, MANIFEST), 'utf8')
  const manifest = parseManifest(manifestText)
  const files = new Map<string, Uint8Array>()
  for (const name of listedFiles(manifest)) {
    const path = resolveInside(dir, name)
    if (!path) throw new Error(`unsafe file name ${JSON.stringify(name)}`)
    files.set(name, await readFile(path))
  }
  return { manifest, manifestText, files }
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
