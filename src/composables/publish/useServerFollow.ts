import { onScopeDispose, watch } from 'vue'
import { useDatasetStore } from '@/stores/dataset'
import { useServerStore } from '@/stores/server'

/**
 * Follows the publishing server's announcements of new versions while the owner lives, so that
 * dashboards and screens show a new version within seconds. Only data files a publishing server
 * stamped make the app ask for its API: from static hosting no request is made at all (and the
 * screen's polling still runs).
 */
export function useServerFollow() {
  const server = useServerStore()
  const dataset = useDatasetStore()
  let stop: (() => void) | undefined
  let disposed = false
  watch(
    () => dataset.version !== null,
    (stamped) => {
      if (!stamped) return
      void server.probe().then(async () => {
        if (!server.offered || disposed || stop) return
        // The versions' code loads only where there is a server to follow: static hosting has none.
        const { useVersionsStore } = await import('@/stores/versions')
        if (!disposed && !stop) stop = useVersionsStore().follow()
      })
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    disposed = true
    stop?.()
  })
}
