import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { useTimeoutFn } from '@vueuse/core'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { sendBeat } from '@/io/api/screenBeat'
import type { ScreenPage } from '@/domain/screen'
import { useScreenName } from './useScreenName'

/** Until the server says how often: its default. */
const FIRST_INTERVAL_S = 60
/** The most the API takes: a screen showing data loaded a year ago says a year. */
const MAX_AGO_S = 366 * 24 * 3600

/**
 * Tells the publishing server which screen this is and what it shows (the version, the page, when
 * the data was last loaded), at once, whenever the version or the name changes, and then as often
 * as the server asks; its answer may ask the screen to reload. Only data a publishing server stamped
 * makes it beat (from static hosting nobody listens), and only a named screen: `askName` says when
 * to ask for one. A beat that fails is simply followed by the next: the screen shows its data, from
 * the offline worker's copy if need be, whatever happens to its beats.
 */
export function useHeartbeat(page: Ref<ScreenPage>, reload: () => void = () => location.reload()) {
  const { version, loadedAt } = storeToRefs(useDatasetStore())
  const { name, setName } = useScreenName()
  const seconds = shallowRef(FIRST_INTERVAL_S)
  let active = true
  const timer = useTimeoutFn(
    () => void beat(),
    () => seconds.value * 1000,
    { immediate: false },
  )

  async function beat() {
    timer.stop()
    const shown = version.value
    if (shown === null || !name.value) return
    const ago = loadedAt.value === null ? 0 : Math.round((Date.now() - loadedAt.value) / 1000)
    const answer = await sendBeat({
      name: name.value,
      version: shown,
      page: page.value,
      refreshedAgo: Math.min(MAX_AGO_S, Math.max(0, ago)),
    })
    // The screen was closed while the beat travelled: nothing more to do.
    if (!active) return
    if (answer?.reload) return reload()
    if (answer) seconds.value = answer.beatSeconds
    timer.start()
  }
  onScopeDispose(() => (active = false))
  // A screen that catches up with a new version says so at once: its warning lasts seconds, not a beat.
  watch([version, name], () => void beat(), { immediate: true })

  return { askName: computed(() => version.value !== null && !name.value), setName }
}
