import type { Health } from '../../../contract/api'

/**
 * What the app needs to know of the server: its current version, whether viewers log in, whether
 * the watermark is on, and for a share link's reader, the link.
 */
export type ServerHealth = Pick<Health, 'version' | 'requireLogin' | 'watermark' | 'share'>

/** The API sits next to the app, like data/: any path the app is served from works. */
export function apiUrl(path: string, base: string = document.baseURI): string {
  return new URL(`api/${path}`, base).href
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The JSON body, or undefined when the response is not JSON (a static server's index.html, a proxy's error page). */
export async function jsonOf(res: Response): Promise<unknown> {
  if (!(res.headers.get('content-type') ?? '').includes('application/json')) return undefined
  try {
    return (await res.json()) as unknown
  } catch {
    return undefined
  }
}

/**
 * What the server offers; null on plain static hosting (no API there), never an error. Every page
 * asks this once, so it is kept apart from the rest of the client, which loads only when a server answers.
 */
export async function probeHealth(
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  base?: string,
): Promise<ServerHealth | null> {
  try {
    // No Accept header of our own: a static server with an app fallback (vite preview and many
    // others) then answers with index.html instead of a 404, which browsers log as an error.
    const res = await fetchImpl(apiUrl('health', base), { cache: 'no-store', credentials: 'same-origin' })
    const h = res.ok ? await jsonOf(res) : undefined
    // index.html, or any JSON that is not this API's health, means there is no server here.
    return isObject(h) && typeof h.version === 'number'
      ? {
          version: h.version,
          requireLogin: h.requireLogin === true,
          ...(h.watermark === true ? { watermark: true as const } : {}),
          ...(isObject(h.share) ? { share: h.share as NonNullable<Health['share']> } : {}),
        }
      : null
  } catch {
    return null
  }
}
