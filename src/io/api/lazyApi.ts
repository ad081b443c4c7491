import type { ApiClient } from './publishApi'
import { probeHealth } from './serverProbe'

let loading: Promise<ApiClient> | undefined
const client = () => (loading ??= import('./publishApi').then((m) => m.createApiClient()))

/**
 * The publishing API for the app's stores. Beyond the health probe every page makes, its code loads
 * with the first call, so a viewer of plain static hosting never loads it.
 */
export const lazyApi: ApiClient = {
  health: () => probeHealth(),
  session: () => client().then((c) => c.session()),
  login: (name, password) => client().then((c) => c.login(name, password)),
  logout: () => client().then((c) => c.logout()),
  publish: (body) => client().then((c) => c.publish(body)),
  versions: () => client().then((c) => c.versions()),
  rollback: (version, baseVersion) => client().then((c) => c.rollback(version, baseVersion)),
}

/** Follows the server's announcements of new versions (see `followVersions`); the stream code loads on the way. */
export function followVersionsLater(onVersion: (version: number) => void): () => void {
  let stop: (() => void) | undefined
  let stopped = false
  void import('./publishApi').then((m) => {
    if (!stopped) stop = m.followVersions(onVersion)
  })
  return () => {
    stopped = true
    stop?.()
  }
}
