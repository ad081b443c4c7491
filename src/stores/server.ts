import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { ApiFailure, createApiClient, followVersions, type Analyst, type PublishBody } from '@/io/publishApi'
import type { VersionInfo } from '@/domain/version'
import { useDatasetStore } from './dataset'

// The session cookie is HttpOnly (scripts cannot see it): this note only says that this browser
// logged in, so that it asks the server whether the session still holds.
const LOGIN_NOTE = 'ip-dashboard.analyst'

function loggedInHere(): boolean {
  try {
    return localStorage.getItem(LOGIN_NOTE) !== null
  } catch {
    return false
  }
}

function rememberLogin(name: string | null) {
  try {
    if (name === null) localStorage.removeItem(LOGIN_NOTE)
    else localStorage.setItem(LOGIN_NOTE, name)
  } catch {
    // Private mode without storage: the analyst logs in again after a reload.
  }
}

/**
 * The publishing server, when the app is served by one: whether it offers publishing, who is
 * logged in, the current version, and its announcements of new ones. From plain static hosting
 * `offered` stays false and nothing here makes a request beyond the one quiet probe.
 */
export const useServerStore = defineStore('server', () => {
  const api = createApiClient()
  const dataset = useDatasetStore()
  const offered = ref(false)
  const probed = ref(false)
  const analyst = ref<Analyst | null>(null)
  /** The newest version the server announced. */
  const serverVersion = ref<number | null>(null)
  /** The history, newest first (loaded for analysts). */
  const versions = shallowRef<readonly VersionInfo[]>([])

  /** The version of the loaded files (the server stamps every version it makes into its manifest). */
  const loadedVersion = computed(() => (!offered.value || !dataset.published ? null : (dataset.version ?? 1)))

  let probing: Promise<void> | undefined
  /** Asks once whether a publishing server is there, and who is logged in. */
  function probe(): Promise<void> {
    probing ??= (async () => {
      const health = await api.health()
      if (health) {
        serverVersion.value = health.version
        // Only a browser that logged in asks who it is: the question answers 401 to everyone else,
        // which browsers log as a failed load on every viewer's console.
        if (loggedInHere()) analyst.value = await api.session().catch(() => null)
        if (!analyst.value) rememberLogin(null)
        offered.value = true
      }
      probed.value = true
    })()
    return probing
  }

  // One refresh at a time; announcements that arrive meanwhile are handled after it.
  let catching: Promise<void> | undefined
  let again = false
  /** Brings the loaded data to the server's current version, if it is not there already. */
  async function catchUp(): Promise<void> {
    if (catching) {
      again = true
      return catching
    }
    catching = (async () => {
      do {
        again = false
        // Before the first load has finished there is nothing to bring up to date: it fetches the current files.
        if (dataset.status === 'ready' && serverVersion.value !== null && serverVersion.value !== loadedVersion.value) {
          await dataset.refresh(undefined, { force: true })
        }
      } while (again)
    })().finally(() => {
      catching = undefined
    })
    return catching
  }

  let followers = 0
  let stopStream: (() => void) | undefined
  /**
   * Follows the server's announcements (one EventSource for the whole app, however many views
   * ask). Returns the function that stops following; the stream closes when nobody follows.
   */
  function follow(): () => void {
    followers++
    stopStream ??= followVersions((version) => {
      serverVersion.value = version
      void catchUp()
      if (analyst.value && versions.value.length && versions.value[0]?.version !== version)
        void loadVersions().catch(() => undefined)
    })
    let stopped = false
    return () => {
      if (stopped) return
      stopped = true
      if (--followers === 0) {
        stopStream?.()
        stopStream = undefined
      }
    }
  }

  /** What a refused write tells: a 401 means the session is gone, a 409 which version is current. */
  function noteFailure(e: unknown): never {
    if (e instanceof ApiFailure && e.status === 401) {
      analyst.value = null
      rememberLogin(null)
    }
    if (e instanceof ApiFailure && e.status === 409 && e.currentVersion !== null) serverVersion.value = e.currentVersion
    throw e
  }

  async function login(name: string, password: string): Promise<void> {
    analyst.value = await api.login(name, password)
    rememberLogin(analyst.value.name)
    // Where viewing needs a login, the data could not load before: now it can.
    if (dataset.status === 'error') void dataset.load()
  }

  async function logout(): Promise<void> {
    await api.logout().catch(() => undefined)
    analyst.value = null
    rememberLogin(null)
    versions.value = []
  }

  async function loadVersions(): Promise<void> {
    const list = await api.versions()
    versions.value = list.versions
    serverVersion.value = list.current
  }

  /** After a write: the new version is current; load it at once (the announcement may come later). */
  async function written(meta: VersionInfo): Promise<VersionInfo> {
    serverVersion.value = meta.version
    await catchUp()
    await loadVersions().catch(() => undefined)
    return meta
  }

  /** Publishes on top of the loaded version: refused (409) when someone published since. */
  async function publish(body: Omit<PublishBody, 'baseVersion'>): Promise<VersionInfo> {
    const baseVersion = loadedVersion.value
    if (baseVersion === null) throw new ApiFailure(0, 'notOffered', null)
    return written(await api.publish({ ...body, baseVersion }).catch(noteFailure))
  }

  async function rollback(version: number): Promise<VersionInfo> {
    const baseVersion = loadedVersion.value
    if (baseVersion === null) throw new ApiFailure(0, 'notOffered', null)
    return written(await api.rollback(version, baseVersion).catch(noteFailure))
  }

  return {
    offered,
    probed,
    analyst,
    serverVersion,
    loadedVersion,
    versions,
    probe,
    follow,
    catchUp,
    login,
    logout,
    loadVersions,
    publish,
    rollback,
  }
})
