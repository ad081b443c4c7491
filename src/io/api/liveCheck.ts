import type { Manifest } from '@/domain/published'
import { dataUrl } from '../publishedFiles'
import { differs, validatorOf, type LiveState, type Validator } from './liveState'

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
  const validator = validatorOf(res, body)
  const changed = differs(previous, validator)
  return { name, changed, validator, body }
}

/**
 * Asks the server, with conditional requests, whether the manifest or any file it lists changed
 * since `previous` (what the last check or the load learnt). A first check with nothing to compare
 * with only learns the validators.
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
