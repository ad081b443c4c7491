import { computed, type Ref } from 'vue'
import { useEventListener, useWindowSize } from '@vueuse/core'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useRoute } from 'vue-router'
import { useDatasetStore } from '@/stores/dataset'
import { darkTheme, type ChartTheme } from '@/charts/theme'
import { useClock } from './useClock'
import { useRotation } from './useRotation'
import { useLiveData } from '../publish/useLiveData'
import { useDailyReload } from './useDailyReload'
import { useHeartbeat } from './useHeartbeat'
import { useNames } from '../useNames'
import { SCREEN_PAGES, type ScreenPage } from '@/domain/screen'
import { useFollowedRecords } from '../patents/useFollowedRecords'

const positive = (text: unknown, fallback: number) => {
  const n = typeof text === 'string' ? Number(text) : Number.NaN
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/**
 * Chart type scaled to the screen: about 2% of its shorter side, legible across a room; lines and
 * bars in step. The shorter side, so a portrait screen's narrow charts keep room for their bars.
 */
function useScreenTheme(width: Ref<number>, height: Ref<number>) {
  return computed<ChartTheme>(() => {
    const side = Math.min(width.value, height.value)
    return { ...darkTheme, fontSize: Math.max(14, Math.round(side * 0.02)), scale: Math.max(1, side / 1080) }
  })
}

/**
 * Everything an unattended screen needs: its pages and rotation from the URL (`rotate`, `pages`),
 * live data (`refresh`), an optional daily soft reload (`reload=HH:MM`), the heartbeat to the
 * publishing server under its name (`name`), the clock, and the data's age and connection state.
 */
export function useScreen() {
  const route = useRoute()
  const { t } = useI18n()
  const store = useDatasetStore()
  const patents = useFollowedRecords()
  const { dataAsOf, loadedAt, offlineSince, settings } = storeToRefs(store)

  const rotate = computed(() => positive(route.query.rotate, 20))
  const refresh = computed(() => positive(route.query.refresh, 60))
  const pages = computed<ScreenPage[]>(() => {
    const asked = typeof route.query.pages === 'string' ? route.query.pages.split(',').map((p) => p.trim()) : []
    const chosen = SCREEN_PAGES.filter((p) => asked.includes(p))
    // The innovators' page shows only where a patent list was published or imported.
    return (chosen.length ? chosen : [...SCREEN_PAGES]).filter((p) => p !== 'applicants' || patents.file !== null)
  })
  const rotation = useRotation(() => pages.value.length, rotate)
  const page = computed(() => pages.value[rotation.index.value] ?? pages.value[0] ?? 'kpi')
  useLiveData(refresh)
  useDailyReload(typeof route.query.reload === 'string' ? route.query.reload : '')
  const { askName, setName } = useHeartbeat(page)
  const now = useClock()
  // A turned screen resizes the window too: no orientation listener needed.
  const { width, height } = useWindowSize({ listenOrientation: false })
  const theme = useScreenTheme(width, height)

  // Someone in the room: arrows step, space pauses; a click on the left or right third steps, the middle pauses.
  useEventListener(window, 'keydown', (e: KeyboardEvent) => {
    // Typing the screen's name steps nothing.
    if (e.target instanceof HTMLInputElement) return
    if (e.key === 'ArrowRight' || e.key === 'PageDown') rotation.next()
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') rotation.previous()
    else if (e.key === ' ' || e.key === 'p') rotation.toggle()
    else return
    e.preventDefault()
  })
  const onClick = (e: MouseEvent) => {
    const third = width.value / 3
    if (e.clientX < third) rotation.previous()
    else if (e.clientX > 2 * third) rotation.next()
    else rotation.toggle()
  }

  const asOf = computed(() => dataAsOf.value ?? loadedAt.value)
  const offlineMinutes = computed(() =>
    offlineSince.value === null ? null : Math.max(0, Math.floor((now.value - offlineSince.value) / 60000)),
  )
  const names = useNames()
  const titleOf = (p: ScreenPage) => t(`screen.pages.${p}`, { province: names.homeProvince() })
  const pageTitle = computed(() => titleOf(page.value))
  const pageTitles = computed(() => pages.value.map(titleOf))
  const trends = computed(() => settings.value?.screenTrends ?? [])

  const { index, paused, startedAt } = rotation
  return {
    pages,
    page,
    index,
    paused,
    startedAt,
    rotate,
    now,
    theme,
    asOf,
    offlineMinutes,
    pageTitle,
    pageTitles,
    trends,
    onClick,
    askName,
    setName,
  }
}
