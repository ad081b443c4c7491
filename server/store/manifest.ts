import type { Manifest } from '../../src/domain/published'
import { isSafeRelativeName } from './paths'

/**
 * Which version a manifest belongs to, written into it so the app knows it without the API. Not who
 * made it: the files are public, account names are not (meta.json keeps them).
 */
export interface PublishedStamp {
  readonly version: number
  readonly at: string
  readonly rollbackOf?: number
}

/** A manifest as stored: the fields the app reads, and whatever else the file had, kept as it was. */
export type StoredManifest = Manifest & { readonly published?: PublishedStamp; readonly [field: string]: unknown }

const isString = (v: unknown): v is string => typeof v === 'string'

/**
 * Reads manifest.json, refusing one whose file names could leave the data directory: those
 * names become paths on this server.
 */
export function parseManifest(text: string): StoredManifest {
  const raw: unknown = JSON.parse(text)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('manifest.json is not a JSON object')
  const m = raw as Record<string, unknown>
  const list = (field: string) => {
    const v = m[field]
    if (!Array.isArray(v) || !v.every(isString))
      throw new Error(`manifest.json: "${field}" must be a list of file names`)
    return v
  }
  const one = (field: string) => {
    const v = m[field]
    if (!isString(v)) throw new Error(`manifest.json: "${field}" must be a file name`)
    return v
  }
  if (typeof m.version !== 'number') throw new Error('manifest.json: "version" must be a number')
  if (!isString(m.home_region)) throw new Error('manifest.json: "home_region" must be a text')
  const manifest: StoredManifest = {
    ...m,
    version: m.version,
    home_region: m.home_region,
    observations: list('observations'),
    bulletins: list('bulletins'),
    indicators: one('indicators'),
    regions: one('regions'),
  }
  for (const name of listedFiles(manifest)) {
    if (!isSafeRelativeName(name) || name === 'manifest.json')
      throw new Error(`manifest.json: unsafe file name ${JSON.stringify(name)}`)
  }
  if (manifest.observations.length === 0) throw new Error('manifest.json lists no observations file')
  return manifest
}

/** The files a manifest lists, in a stable order, each once. */
export function listedFiles(m: Manifest): string[] {
  return [...new Set([m.indicators, m.regions, ...m.observations, ...m.bulletins])]
}

/**
 * The manifest as served: without the account name that servers before this one stamped into
 * every version they made (versions are never rewritten, so it is left out when read).
 */
export function servedManifest(m: StoredManifest): StoredManifest {
  if (!m.published || !('by' in m.published)) return m
  const { version, at, rollbackOf } = m.published
  return { ...m, published: rollbackOf === undefined ? { version, at } : { version, at, rollbackOf } }
}

export function manifestText(m: StoredManifest): string {
  return JSON.stringify(m, null, 2) + '\n'
}
