import { computed, ref, shallowRef, watch } from 'vue'
import { useTimeoutPoll } from '@vueuse/core'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useRoute } from 'vue-router'
import type { ScreenInfo, ScreenList } from '../../../contract/api'
import { formatDateTime } from '@/domain/display/format'
import { ApiFailure, createApiClient } from '@/io/api/publishApi'
import { useServerStore } from '@/stores/server'
import { useServerMessage } from '../publish/useServerMessage'
import { useLang } from '../useLang'
import { useNames } from '../useNames'

/** How often the open page asks again: a screen goes silent with time, not with a request. */
const POLL_MS = 10_000

/** One screen as the page lists it, in the reader's language. */
export interface ScreenRow {
  readonly name: string
  readonly version: string
  readonly page: string
  readonly refreshed: string
  readonly beat: string
  /** What needs a look (an old version, silence); empty when all is well. */
  readonly warnings: readonly string[]
  readonly reloadPending: boolean
}

/** Screens in the reader's language, those that need a look first. */
function useRows(list: () => ScreenList | null) {
  const { t } = useI18n()
  const lang = useLang()
  const names = useNames()
  const row = (s: ScreenInfo, current: number): ScreenRow => ({
    name: s.name,
    version: t('screens.version', { version: s.version }),
    page: t(`screen.pages.${s.page}`, { province: names.homeProvince() }),
    refreshed: formatDateTime(s.refreshedAt, lang.value),
    beat: formatDateTime(s.beatAt, lang.value),
    warnings: [
      ...(s.stale.oldVersion ? [t('screens.oldVersion', { current })] : []),
      ...(s.stale.silent ? [t('screens.silent', { time: formatDateTime(s.beatAt, lang.value) })] : []),
    ],
    reloadPending: s.reloadPending,
  })
  return computed(() => {
    const l = list()
    if (!l) return []
    const rows = l.screens.map((s) => row(s, l.current))
    return [...rows.filter((r) => r.warnings.length), ...rows.filter((r) => !r.warnings.length)]
  })
}

/**
 * The analyst's list of meeting-room screens, asked again every few seconds while the page is open,
 * and the one command they take: reload.
 */
export function useScreens() {
  const { t } = useI18n()
  const route = useRoute()
  const api = createApiClient()
  const server = useServerStore()
  const { offered, probed, analyst } = storeToRefs(server)
  const messageOf = useServerMessage()
  const list = shallowRef<ScreenList | null>(null)
  const error = ref('')
  const notice = ref('')
  /** The screen whose reload is being asked. */
  const asking = ref<string | null>(null)

  function failed(e: unknown) {
    if (e instanceof ApiFailure && e.status === 401) server.sessionEnded()
    error.value = messageOf(e)
  }
  async function load() {
    if (!analyst.value) return
    try {
      list.value = await api.screens()
      error.value = ''
    } catch (e) {
      failed(e)
    }
  }
  async function reload(name: string) {
    asking.value = name
    notice.value = ''
    try {
      await api.reloadScreen(name)
      notice.value = t('screens.reloadAsked', { name })
      await load()
    } catch (e) {
      failed(e)
    } finally {
      asking.value = null
    }
  }

  void server.probe()
  watch(analyst, (a) => {
    if (a) void load()
    else list.value = null
  })
  useTimeoutPoll(load, POLL_MS, { immediateCallback: true })

  const rows = useRows(() => list.value)
  const summary = computed(() =>
    t('screens.summary', { n: rows.value.length, stale: rows.value.filter((r) => r.warnings.length).length }),
  )
  // The login page brings the analyst back here, in the same language.
  const loginLink = computed(() => ({
    path: '/login',
    query: { from: '/screens', ...(route.query.lang === 'en' ? { lang: 'en' } : {}) },
  }))
  const loaded = computed(() => list.value !== null)
  return { offered, probed, analyst, loginLink, loaded, rows, summary, error, notice, asking, reload }
}
