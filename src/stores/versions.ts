import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { followVersionsLater, lazyApi } from '@/io/api/lazyApi'
import type { PublicVersionInfo, VersionInfo } from '@/domain/version'
import { useDatasetStore } from './dataset'
import { useServerStore } from './server'

/**
 * One subscription however many follow: `open` starts it for the first follower; each follower gets
 * the function that stops following, and the subscription is closed when the last one has.
 */
function shared(open: () => () => void): () => () => void {
  let followers = 0
  let close: (() => void) | undefined
  return () => {
    followers++
    close ??= open()
    let stopped = false
    return () => {
      if (stopped) return
      stopped = true
      if (--followers === 0) {
        close?.()
        close = undefined
      }
    }
  }
}

/**
 * The published versions: which one the server has, which one is loaded here, the history, and the
 * server's announcements of new ones, which bring the loaded data up to date.
 */
export const useVersionsStore = defineStore('versions', () => {
  const api = lazyApi
  const dataset = useDatasetStore()
  const server = useServerStore()
  /** The newest version the server announced. */
  const serverVersion = ref<number | null>(null)
  /** The history, newest first (loaded for analysts; without who made each if the session ended meanwhile). */
  const versions = shallowRef<readonly (VersionInfo | PublicVersionInfo)[]>([])

  /** The version of the loaded files (the server stamps every version it makes into its manifest). */
  const loadedVersion = computed(() => (!server.offered || !dataset.published ? null : (dataset.version ?? 1)))

  watch(
    () => server.health,
    (health) => {
      if (health) serverVersion.value = health.version
    },
    { immediate: true },
  )
  // The history is shown to analysts only: it goes with the session.
  watch(
    () => server.analyst,
    (analyst) => {
      if (!analyst) versions.value = []
    },
  )

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

  async function loadVersions(): Promise<void> {
    const list = await api.versions()
    versions.value = list.versions
    serverVersion.value = list.current
  }

  /**
   * Follows the server's announcements (one EventSource for the whole app, however many views
   * ask). Returns the function that stops following; the stream closes when nobody follows.
   */
  const follow = shared(() =>
    followVersionsLater((version) => {
      serverVersion.value = version
      void catchUp()
      if (server.analyst && versions.value.length && versions.value[0]?.version !== version)
        void loadVersions().catch(() => undefined)
    }),
  )

  /** After a write: the new version is current; load it at once (the announcement may come later). */
  async function written(meta: VersionInfo): Promise<VersionInfo> {
    serverVersion.value = meta.version
    await catchUp()
    await loadVersions().catch(() => undefined)
    return meta
  }

  return { serverVersion, loadedVersion, versions, catchUp, loadVersions, follow, written }
})
