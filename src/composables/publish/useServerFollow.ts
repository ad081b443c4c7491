import { onScopeDispose, watch } from 'vue'
import { useDatasetStore } from '@/stores/dataset'
import { useServerStore } from '@/stores/server'
import { useVersionsStore } from '@/stores/versions'

/**
 * Follows the publishing server's announcements of new versions while the owner lives, so that
 * dashboards and screens show a new version within seconds. Only data files a publishing server
 * stamped make the app ask for its API: from static hosting no request is made at all (and the
 * screen's polling still runs).
 */
export function useServerFollow() {
  const server = useServerStore()
  const versions = useVersionsStore()
  const dataset = useDatasetStore()
  let stop: (() => void) | undefined
  let disposed = false
  watch(
    () => dataset.version !== null,
    (stamped) => {
      if (!stamped) return
      void server.probe().then(() => {
        if (server.offered && !disposed && !stop) stop = versions.follow()
      })
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    disposed = true
    stop?.()
  })
}
