import type {
  ShareCreated,
  ShareInfo,
  ShareList,
  ShareReader,
  ShareRequest,
  ShareSettings,
} from '../../../contract/share'
import { apiCall } from './publishApi'

/** The share links' API: an analyst's links and the watermark setting, and a reader opening a link. */
export function createShareApi(fetchImpl: typeof fetch = (...args) => fetch(...args), base?: string) {
  const call = <T>(path: string, method?: 'GET' | 'POST' | 'PUT', body?: unknown) =>
    apiCall<T>(fetchImpl, base, path, method, body)
  return {
    list: () => call<ShareList>('shares'),
    make: (body: ShareRequest) => call<ShareCreated>('shares', 'POST', body),
    // An empty JSON object: the server takes JSON bodies only.
    revoke: (id: string) => call<ShareInfo>(`shares/${encodeURIComponent(id)}/revoke`, 'POST', {}),
    settings: (body: ShareSettings) => call<ShareSettings>('shares/settings', 'PUT', body),
    open: (token: string, code?: string) =>
      call<ShareReader>('share/open', 'POST', { token, ...(code ? { code } : {}) }),
  }
}
