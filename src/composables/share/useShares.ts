import { computed, ref, shallowRef, watch } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useRoute } from 'vue-router'
import type { ShareInfo, ShareList } from '../../../contract/share'
import { formatDateTime } from '@/domain/display/format'
import { ApiFailure } from '@/io/api/publishApi'
import { createShareApi } from '@/io/api/shareApi'
import { useServerStore } from '@/stores/server'
import { useServerMessage } from '../publish/useServerMessage'
import { useLang } from '../useLang'

/** One link as the page lists it, in the reader's language. */
export interface ShareRow {
  readonly id: string
  readonly name: string
  readonly view: string
  readonly expires: string
  readonly opens: number
  readonly lastOpen: string
  readonly state: ShareInfo['state']
  readonly stateText: string
  readonly by: string
  readonly withCode: boolean
}

/** The page a link opens, by its path: the view's name in the navigation's words. */
const viewKey = (view: string) => {
  const path = view.split('?')[0] ?? '/'
  return path === '/' ? 'overview' : path.slice(1)
}

/** Links in the reader's language, as the server lists them (newest first). */
function useRows(list: () => ShareList | null) {
  const { t } = useI18n()
  const lang = useLang()
  const row = (s: ShareInfo): ShareRow => ({
    id: s.id,
    name: s.name,
    view: t(`share.views.${viewKey(s.view)}`),
    expires: formatDateTime(s.expiresAt, lang.value),
    opens: s.opens,
    lastOpen: s.lastOpenAt ? t('share.lastOpen', { time: formatDateTime(s.lastOpenAt, lang.value) }) : '',
    state: s.state,
    stateText: t(`share.${s.state}`),
    by: s.createdBy,
    withCode: s.withCode,
  })
  return computed(() => list()?.shares.map(row) ?? [])
}

/** The analyst's share links with their openings, revoking one, and the watermark switch. */
export function useShares(api = createShareApi()) {
  const { t } = useI18n()
  const route = useRoute()
  const server = useServerStore()
  const { offered, probed, analyst } = storeToRefs(server)
  const messageOf = useServerMessage()
  const list = shallowRef<ShareList | null>(null)
  const error = ref('')
  const notice = ref('')
  const busy = ref(false)

  async function act(work: () => Promise<unknown>) {
    busy.value = true
    try {
      await work()
      error.value = ''
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 401) server.sessionEnded()
      error.value = messageOf(e)
    } finally {
      busy.value = false
    }
  }
  const load = () =>
    act(async () => {
      list.value = await api.list()
    })
  const revoke = (s: ShareRow) =>
    act(async () => {
      await api.revoke(s.id)
      notice.value = t('share.revokedNotice', { name: s.name })
      list.value = await api.list()
    })
  const setWatermark = (on: boolean) =>
    act(async () => {
      const settings = await api.settings({ watermark: on })
      if (list.value) list.value = { ...list.value, settings }
      notice.value = t(settings.watermark ? 'share.watermarkOn' : 'share.watermarkOff')
    })

  const rows = useRows(() => list.value)
  const watermark = computed(() => list.value?.settings.watermark ?? false)

  void server.probe()
  watch(
    analyst,
    (a) => {
      if (a) void load()
      else list.value = null
    },
    { immediate: true },
  )
  const loginLink = computed(() => ({
    path: '/login',
    query: { from: '/shares', ...(route.query.lang === 'en' ? { lang: 'en' } : {}) },
  }))
  const loaded = computed(() => list.value !== null)
  /** The view the analyst came to share (from its share action), if any: the form to make a link shows. */
  const toShare = computed(() => (typeof route.query.view === 'string' ? route.query.view : ''))
  const toShareName = computed(() => (toShare.value ? t(`share.views.${viewKey(toShare.value)}`) : ''))
  return {
    offered,
    probed,
    analyst,
    loginLink,
    loaded,
    rows,
    watermark,
    error,
    notice,
    busy,
    toShare,
    toShareName,
    load,
    revoke,
    setWatermark,
  }
}
