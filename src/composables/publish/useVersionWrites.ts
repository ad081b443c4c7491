import type { PublishRequest } from '../../../contract/api'
import type { VersionInfo } from '@/domain/version'
import { ApiFailure, createApiClient } from '@/io/api/publishApi'
import { useServerStore } from '@/stores/server'
import { useVersionsStore } from '@/stores/versions'

/**
 * Publishing and rolling back, each on top of the version loaded here: refused (409) when someone
 * wrote since. A refusal tells what it knows: a 401 ends the session, a 409 names the current version.
 */
export function useVersionWrites() {
  const api = createApiClient()
  const server = useServerStore()
  const versions = useVersionsStore()

  function noteFailure(e: unknown): never {
    if (e instanceof ApiFailure && e.status === 401) server.sessionEnded()
    if (e instanceof ApiFailure && e.status === 409 && e.currentVersion !== null)
      versions.serverVersion = e.currentVersion
    throw e
  }

  function baseVersion(): number {
    const loaded = versions.loadedVersion
    if (loaded === null) throw new ApiFailure(0, 'notOffered', null)
    return loaded
  }

  async function publish(body: Omit<PublishRequest, 'baseVersion'>): Promise<VersionInfo> {
    const base = baseVersion()
    return versions.written(await api.publish({ ...body, baseVersion: base }).catch(noteFailure))
  }

  async function rollback(version: number): Promise<VersionInfo> {
    const base = baseVersion()
    return versions.written(await api.rollback(version, base).catch(noteFailure))
  }

  return { publish, rollback }
}
