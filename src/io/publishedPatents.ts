import type { Manifest } from '@/domain/published'
import { dataUrl, HttpError } from './publishedFiles'

/** A published file as fetched: where from, and the ETag the server sent it with. */
interface Fetched {
  readonly url: string
  readonly etag: string | null
}

/** The published records file and the place lookup the manifest names with it. */
export interface PublishedRecords {
  readonly bytes: Uint8Array
  /** The lookup's text (data/places.csv's format); null when the manifest names none. */
  readonly places: string | null
  readonly fetched: { readonly patents: Fetched; readonly places: Fetched | null }
}

/**
 * The file at `url`, or null when the server says it is still the one fetched before (a 304 to
 * If-None-Match, or a copy with the same ETag, as an offline worker answers without the network).
 */
async function fetchIfChanged(url: string, before: Fetched | null | undefined, fetchImpl: typeof fetch) {
  const known = before?.url === url ? before.etag : null
  // A conditional header makes the browser pass a 304 on, rather than answer from its own cache.
  const res = await fetchImpl(url, known ? { headers: { 'If-None-Match': known } } : { cache: 'no-cache' })
  if (res.status === 304) return null
  if (!res.ok) throw new HttpError(url, res.status)
  const etag = res.headers.get('ETag')
  if (known && etag === known) {
    void res.body?.cancel()
    return null
  }
  return { res, fetched: { url, etag } }
}

/**
 * The published patent records file and its place lookup, when the manifest names a records file:
 * fetched only on a page that drills into records, never with the figures (it can be megabytes).
 * Given what was fetched before, a file the server still has is not downloaded again, and when
 * neither changed, `before` itself is returned.
 */
export async function fetchPublishedPatents(
  before: PublishedRecords | null,
  fetchImpl: typeof fetch = fetch,
  base?: string,
): Promise<PublishedRecords | null> {
  const manifestUrl = dataUrl('manifest.json', base)
  const res = await fetchImpl(manifestUrl, { cache: 'no-cache' })
  if (!res.ok) throw new HttpError(manifestUrl, res.status)
  const manifest = (await res.json()) as Manifest
  const { patents } = manifest
  if (!patents) return null
  const [file, lookup] = await Promise.all([
    fetchIfChanged(dataUrl(patents, base), before?.fetched.patents, fetchImpl),
    manifest.places ? fetchIfChanged(dataUrl(manifest.places, base), before?.fetched.places, fetchImpl) : undefined,
  ])
  // lookup undefined: the manifest names none; null: the one fetched before is still the server's.
  const places = lookup ? await lookup.res.text() : lookup === null ? (before?.places ?? null) : null
  const placesFetched = lookup ? lookup.fetched : lookup === null ? (before?.fetched.places ?? null) : null
  if (file) {
    const bytes = new Uint8Array(await file.res.arrayBuffer())
    return { bytes, places, fetched: { patents: file.fetched, places: placesFetched } }
  }
  // Only a file fetched before can be unchanged: `before` is there.
  const kept = before as PublishedRecords
  return places === kept.places ? kept : { ...kept, places, fetched: { ...kept.fetched, places: placesFetched } }
}
