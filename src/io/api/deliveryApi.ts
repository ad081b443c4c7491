import type { DeliveryOverview, DestinationInfo, DestinationRequest } from '../../../contract/delivery'
import { apiCall } from './publishApi'

/** The delivery API (`/api/delivery/…`), an analyst's: destinations, the latest sends, a test send. */
export function createDeliveryApi(fetchImpl: typeof fetch = (...args) => fetch(...args), base?: string) {
  const call = <T>(path: string, method?: 'GET' | 'POST' | 'PUT' | 'DELETE', body?: unknown) =>
    apiCall<T>(fetchImpl, base, `delivery${path}`, method, body)
  const one = (id: string) => `/destinations/${encodeURIComponent(id)}`
  return {
    overview: () => call<DeliveryOverview>(''),
    add: (body: DestinationRequest) => call<DestinationInfo>('/destinations', 'POST', body),
    update: (id: string, body: DestinationRequest) => call<DestinationInfo>(one(id), 'PUT', body),
    remove: (id: string) => call<{ ok: true }>(one(id), 'DELETE'),
    // An empty JSON object: the server takes JSON bodies only, and a POST without one is refused by proxies.
    test: (id: string) => call<{ ok: true }>(`${one(id)}/test`, 'POST', {}),
  }
}

export type DeliveryApi = ReturnType<typeof createDeliveryApi>
