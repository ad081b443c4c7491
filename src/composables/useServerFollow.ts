import { onMounted, onScopeDispose } from 'vue'
import { useServerStore } from '@/stores/server'

/**
 * Asks whether the app is served by the publishing server and, if so, follows its announcements
 * of new versions while the owner lives: dashboards and screens show a new version within
 * seconds. From static hosting nothing follows (the screen's polling still runs).
 */
export function useServerFollow() {
  const server = useServerStore()
  let stop: (() => void) | undefined
  let disposed = false
  onMounted(() => {
    void server.probe().then(() => {
      if (server.offered && !disposed) stop = server.follow()
    })
  })
  onScopeDispose(() => {
    disposed = true
    stop?.()
  })
}
