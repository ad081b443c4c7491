import type {
  Bilingual,
  LoginRequest,
  LogoutResponse,
  PublishRequest,
  RollbackRequest,
  PublicVersionList,
  ScreenInfo,
  ScreenList,
  ScreenReloadRequest,
  Session,
  VersionEvent,
  VersionInfo,
  VersionList,
} from '../../../contract/api'
import type { Problem } from '@/domain/problem'
import { apiUrl, isObject, jsonOf, probeHealth, type ServerHealth } from './serverProbe'

/**
 * Why a call failed. `status` 0: the server could not be reached (or answered something that is
 * not the API). `message` is the server's own reason when it sent one.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: Bilingual | null,
    readonly problems: readonly Problem[] = [],
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(reason?.en ?? `${code} (${status})`)
  }

  /** Seconds to wait before trying again (429). */
  get retryAfter(): number | null {
    return typeof this.extra.retryAfter === 'number' ? this.extra.retryAfter : null
  }

  /** The version that is current now (409). */
  get currentVersion(): number | null {
    return typeof this.extra.currentVersion === 'number' ? this.extra.currentVersion : null
  }

  /** Problems the server found in all (it lists at most a thousand). */
  get problemCount(): number {
    return typeof this.extra.problemCount === 'number' ? this.extra.problemCount : this.problems.length
  }
}

function isBilingual(v: unknown): v is Bilingual {
  return isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string'
}

export interface ApiClient {
  health(): Promise<ServerHealth | null>
  session(): Promise<Session | null>
  login(name: string, password: string): Promise<Session>
  logout(): Promise<void>
  publish(body: PublishRequest): Promise<VersionInfo>
  /** Who made each version only with an analyst's session. */
  versions(): Promise<VersionList | PublicVersionList>
  rollback(version: number, baseVersion: number): Promise<VersionInfo>
}

/** One call of the JSON API: the answer's body, or an ApiFailure saying why not. */
export async function apiCall<T>(
  fetchImpl: typeof fetch,
  base: string | undefined,
  path: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' = 'GET',
  body?: unknown,
): Promise<T> {
  let res: Response
  try {
    res = await fetchImpl(apiUrl(path, base), {
      method,
      cache: 'no-store',
      credentials: 'same-origin',
      // No Accept header of our own: a static server with an app fallback (vite preview and many
      // others) then answers with index.html instead of a 404, which browsers log as an error.
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (e) {
    throw new ApiFailure(0, 'unreachable', null, [], { detail: e instanceof Error ? e.message : String(e) })
  }
  const json = await jsonOf(res)
  if (res.ok) {
    if (json === undefined) throw new ApiFailure(0, 'notApi', null)
    return json as T
  }
  if (isObject(json) && typeof json.error === 'string') {
    // An error body as contract/api.ts declares it (ErrorBody), read with care: it crossed the network.
    const problems = Array.isArray(json.problems) ? (json.problems as Problem[]) : []
    throw new ApiFailure(res.status, json.error, isBilingual(json.message) ? json.message : null, problems, json)
  }
  // Not the API's answer: a proxy or static server in front of it.
  throw new ApiFailure(res.status >= 500 ? 0 : res.status, 'httpError', null)
}

/** What only the analyst's own pages ask: they load this module themselves, never through `lazyApi`. */
interface AnalystCalls {
  /** Every meeting-room screen that sent a heartbeat, with its warnings. */
  screens(): Promise<ScreenList>
  /** Asks the screen of this name to reload at its next heartbeat. */
  reloadScreen(name: string): Promise<ScreenInfo>
}

/** A typed client of the publishing server's JSON API. */
export function createApiClient(
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  base?: string,
): ApiClient & AnalystCalls {
  const call = <T>(path: string, method: 'GET' | 'POST' = 'GET', body?: unknown) =>
    apiCall<T>(fetchImpl, base, path, method, body)

  return {
    /** What the server offers; null on plain static hosting (no API there), never an error. */
    health: () => probeHealth(fetchImpl, base),
    /** The analyst logged in with this browser's cookie, or null. */
    async session() {
      try {
        return await call<Session>('session')
      } catch (e) {
        if (e instanceof ApiFailure && e.status === 401) return null
        throw e
      }
    },
    login: (name, password) => call<Session>('login', 'POST', { name, password } satisfies LoginRequest),
    logout: async () => {
      await call<LogoutResponse>('logout', 'POST', {})
    },
    publish: (body) => call<VersionInfo>('publish', 'POST', body),
    versions: () => call<VersionList | PublicVersionList>('versions'),
    rollback: (version, baseVersion) =>
      call<VersionInfo>('rollback', 'POST', { version, baseVersion } satisfies RollbackRequest),
    screens: () => call<ScreenList>('screens'),
    reloadScreen: (name) => call<ScreenInfo>('screens/reload', 'POST', { name } satisfies ScreenReloadRequest),
  }
}

/**
 * Follows the server's announcements of new versions. EventSource reconnects by itself (the
 * server sets the delay): a server with no room for another stream sends the version and a longer
 * delay and ends, so this keeps learning of versions at each reconnection. The returned function
 * closes the stream.
 */
export function followVersions(onVersion: (version: number) => void, base: string = document.baseURI): () => void {
  const source = new EventSource(apiUrl('events', base))
  source.addEventListener('version', (e) => {
    try {
      const v = (JSON.parse((e as MessageEvent<string>).data) as Partial<VersionEvent>).version
      if (typeof v === 'number') onVersion(v)
    } catch {
      // A malformed event is ignored: the next one, or the screen's polling, catches up.
    }
  })
  return () => source.close()
}
