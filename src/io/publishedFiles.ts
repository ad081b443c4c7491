import type { Manifest, PublishedFiles } from '@/domain/published'
import { parseCsvRows } from './csv'

/** Where data/ lives: next to the app, so any static server (or sub-path) works. */
export function dataUrl(name: string, base: string = document.baseURI): string {
  return new URL(`data/${name}`, base).href
}

/** A data file the server refused or lacks; 401 means it asks for a login (an intranet deployment). */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: HTTP ${status}`)
  }
}

async function fetchText(url: string, fetchImpl: typeof fetch): Promise<string> {
  // no-cache: always revalidate with the server (ETag / Last-Modified), so a replaced file shows at once.
  const res = await fetchImpl(url, { cache: 'no-cache' })
  if (!res.ok) throw new HttpError(url, res.status)
  return res.text()
}

/** Fetches the manifest and every file it lists. */
export async function fetchPublishedFiles(fetchImpl: typeof fetch = fetch, base?: string): Promise<PublishedFiles> {
  const url = (name: string) => dataUrl(name, base)
  const manifest = JSON.parse(await fetchText(url('manifest.json'), fetchImpl)) as Manifest
  const csvNames = [manifest.indicators, manifest.regions, ...manifest.observations]
  const [csvTexts, bulletinTexts] = await Promise.all([
    Promise.all(csvNames.map((n) => fetchText(url(n), fetchImpl))),
    Promise.all(manifest.bulletins.map((n) => fetchText(url(n), fetchImpl))),
  ])
  return {
    manifest,
    tables: new Map(csvNames.map((n, i) => [n, parseCsvRows(csvTexts[i] ?? '')])),
    texts: new Map(manifest.bulletins.map((n, i) => [n, bulletinTexts[i] ?? ''])),
  }
}
