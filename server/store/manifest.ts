import { Type, type Static } from 'typebox'
import { ParseError, Value } from 'typebox/value'
import type { Manifest } from '../../src/domain/published'
import { schemaProblem } from './integrity'
import { isSafeRelativeName } from './paths'

/**
 * Which version a manifest belongs to, written into it so the app knows it without the API. Not who
 * made it: the files are public, account names are not (meta.json keeps them).
 */
const PublishedStamp = Type.Object({
  version: Type.Integer(),
  at: Type.String(),
  rollbackOf: Type.Optional(Type.Integer()),
})
export type PublishedStamp = Static<typeof PublishedStamp>

/**
 * The fields the server reads: the files it serves, and the version stamp. The app's own settings
 * (lead, trend, plan, …) are kept as they were written and read by the app.
 */
const ManifestFields = Type.Object({
  version: Type.Number(),
  home_region: Type.String(),
  observations: Type.Array(Type.String(), { minItems: 1 }),
  bulletins: Type.Array(Type.String()),
  indicators: Type.String(),
  regions: Type.String(),
  patents: Type.Optional(Type.String()),
  places: Type.Optional(Type.String()),
  published: Type.Optional(PublishedStamp),
})

/** A manifest as stored: the fields the app reads, and whatever else the file had, kept as it was. */
export type StoredManifest = Manifest & { readonly published?: PublishedStamp; readonly [field: string]: unknown }

/**
 * Reads manifest.json, refusing one whose file names could leave the data directory: those
 * names become paths on this server.
 */
export function parseManifest(text: string): StoredManifest {
  let manifest: StoredManifest
  try {
    manifest = Value.Parse(ManifestFields, JSON.parse(text))
  } catch (e) {
    throw e instanceof ParseError ? new Error(`manifest.json: ${schemaProblem(e)}`) : e
  }
  for (const name of listedFiles(manifest)) {
    if (!isSafeRelativeName(name) || name === 'manifest.json')
      throw new Error(`manifest.json: unsafe file name ${JSON.stringify(name)}`)
  }
  return manifest
}

/** The files a manifest lists, in a stable order, each once. */
export function listedFiles(m: Manifest): string[] {
  const patents = [m.patents, m.places].filter((n): n is string => n !== undefined)
  return [...new Set([m.indicators, m.regions, ...m.observations, ...m.bulletins, ...patents])]
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
