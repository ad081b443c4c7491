import type { Manifest } from '@/domain/published'
import { dataUrl } from './publishedFiles'

/** What a server said about a file last time: its ETag and Last-Modified. */
interface Validator {
  readonly etag: string | null
  readonly lastModified: string | null
  /** A hash of the body, for servers that send neither validator. */
  readonly hash: number | null
}

/** FNV-1a over the text: enough to tell a changed file from an unchanged one. */
function hashText(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

type Validators = ReadonlyMap<string, Validator>

/** What the last check learnt: each file's validators, and the files the manifest lists. */
export interface LiveState {
  readonly validators: Validators
  readonly files: readonly string[]
}

export const NO_STATE: LiveState = { validators: new Map(), files: [] }

export type LiveCheck =
  | ({ readonly ok: true; readonly changed: boolean; readonly lastModified: number | null } & LiveState)
  | { readonly ok: false; readonly error: string }

// Marks a request as a live check: the service worker sends it to the network, never to its cache,
// so a server that is gone shows as gone.
const LIVE_PARAM = 'live'

async function check(name: string, previous: Validator | undefined, fetchImpl: typeof fetch, base?: string) {
  const url = new URL(dataUrl(name, base))
  url.searchParams.set(LIVE_PARAM, '1')
  const headers: Record<string, string> = {}
  if (previous?.etag) headers['If-None-Match'] = previous.etag
  if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified
  const res = await fetchImpl(url.href, { cache: 'no-store', headers })
  if (res.status === 304)
    return { name, changed: false, validator: previous ?? { etag: null, lastModified: null, hash: null }, body: null }
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`)
  const body = await res.text()
  const validator = {
    etag: res.headers.get('ETag'),
    lastModified: res.headers.get('Last-Modified'),
    hash: hashText(body),
  }
  // A server without validators answers 200 every time: then the bodies tell.
  const changed =
    validator.etag || validator.lastModified
      ? !previous || previous.etag !== validator.etag || previous.lastModified !== validator.lastModified
      : previous?.hash !== validator.hash
  return { name, changed, validator, body }
}

/**
 * Asks the server, with conditional requests, whether the manifest or any file it lists changed
 * since `previous`. A first check (no validators yet) only learns them.
 */
export async function checkForChanges(
  previous: LiveState,
  fetchImpl: typeof fetch = fetch,
  base?: string,
): Promise<LiveCheck> {
  try {
    // An unchanged manifest (304) lists the same files as last time.
    const manifestCheck = await check(
      'manifest.json',
      previous.files.length ? previous.validators.get('manifest.json') : undefined,
      fetchImpl,
      base,
    )
    const manifest = manifestCheck.body ? (JSON.parse(manifestCheck.body) as Manifest) : null
    const names = manifest
      ? [manifest.indicators, manifest.regions, ...manifest.observations, ...manifest.bulletins]
      : previous.files
    const results = await Promise.all(names.map((n) => check(n, previous.validators.get(n), fetchImpl, base)))
    const all = [manifestCheck, ...results]
    const validators = new Map(all.map((r) => [r.name, r.validator]))
    const times = all
      .map((r) => (r.validator.lastModified ? Date.parse(r.validator.lastModified) : Number.NaN))
      .filter(Number.isFinite)
    const firstLook = previous.files.length === 0
    return {
      ok: true,
      changed: !firstLook && all.some((r) => r.changed),
      validators,
      files: names,
      lastModified: times.length ? Math.max(...times) : null,
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}
