import type { Manifest } from '@/domain/published'
import { dataUrl, HttpError } from './publishedFiles'

/**
 * The published patent records file, when the manifest names one: fetched only on a page that
 * drills into records, never with the figures (it can be megabytes).
 */
export async function fetchPublishedPatents(
  fetchImpl: typeof fetch = fetch,
  base?: string,
): Promise<Uint8Array | null> {
  const manifestUrl = dataUrl('manifest.json', base)
  const res = await fetchImpl(manifestUrl, { cache: 'no-cache' })
  if (!res.ok) throw new HttpError(manifestUrl, res.status)
  const { patents } = (await res.json()) as Manifest
  if (!patents) return null
  const url = dataUrl(patents, base)
  const file = await fetchImpl(url, { cache: 'no-cache' })
  if (!file.ok) throw new HttpError(url, file.status)
  return new Uint8Array(await file.arrayBuffer())
}
