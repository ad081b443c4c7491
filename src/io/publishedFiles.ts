import type { Manifest, PublishedFiles } from '@/domain/published'
import { parseCsvRows } from '../domain/csv/csv'
import { validatorOf, type LiveState, type Validator } from './api/liveState'

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

async function fetchText(url: string, fetchImpl: typeof fetch): Promise<{ text: string; validator: Validator }> {
  // no-cache: always revalidate with the server (ETag / Last-Modified), so a replaced file shows at once.
  const res = await fetchImpl(url, { cache: 'no-cache' })
  if (!res.ok) throw new HttpError(url, res.status)
  const text = await res.text()
  return { text, validator: validatorOf(res, text) }
}

/**
 * Fetches the manifest and every file it lists, with what the server said of each (`live`): the
 * first live check compares with those, so a file replaced between the load and that check is seen.
 */
export async function fetchPublishedFiles(
  fetchImpl: typeof fetch = fetch,
  base?: string,
): Promise<PublishedFiles & { live: LiveState }> {
  const url = (name: string) => dataUrl(name, base)
  const manifestFile = await fetchText(url('manifest.json'), fetchImpl)
  const manifest = JSON.parse(manifestFile.text) as Manifest
  const csvNames = [manifest.indicators, manifest.regions, ...manifest.observations]
  const [csvFiles, bulletinFiles] = await Promise.all([
    Promise.all(csvNames.map((n) => fetchText(url(n), fetchImpl))),
    Promise.all(manifest.bulletins.map((n) => fetchText(url(n), fetchImpl))),
  ])
  const names = [...csvNames, ...manifest.bulletins]
  const files = [...csvFiles, ...bulletinFiles]
  return {
    manifest,
    tables: new Map(csvNames.map((n, i) => [n, parseCsvRows(csvFiles[i]?.text ?? '')])),
    texts: new Map(manifest.bulletins.map((n, i) => [n, bulletinFiles[i]?.text ?? ''])),
    live: {
      validators: new Map([
        ['manifest.json', manifestFile.validator],
        ...names.flatMap((n, i) => {
          const v = files[i]?.validator
          return v ? [[n, v] as const] : []
        }),
      ]),
      files: names,
    },
  }
}
