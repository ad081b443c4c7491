import { ref, toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { createShareApi } from '@/io/api/shareApi'
import { useServerMessage } from '../publish/useServerMessage'

const DAY = 24 * 60 * 60 * 1000
/** A link lasts a week unless the analyst says otherwise. */
const DEFAULT_DAYS = 7

/** A day as a date input holds it (YYYY-MM-DD), in the browser's time zone. */
const dayOf = (ms: number) => {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/**
 * Making a link to a view as the analyst left it (its path and query state), with a name, an expiry
 * day (the link works through its end) and an optional code. The address is shown once, as the
 * server answers it.
 */
export function useShareLink(view: MaybeRefOrGetter<string>, made: () => void, api = createShareApi()) {
  const { t } = useI18n()
  const messageOf = useServerMessage()
  const name = ref('')
  const expires = ref(dayOf(Date.now() + DEFAULT_DAYS * DAY))
  const minDay = dayOf(Date.now())
  const code = ref('')
  const link = ref('')
  const error = ref('')
  const busy = ref(false)

  async function make() {
    busy.value = true
    try {
      const [y = 0, m = 1, d = 1] = expires.value.split('-').map(Number)
      const { token } = await api.make({
        name: name.value.trim() || t('share.namePlaceholder'),
        view: toValue(view),
        expiresAt: new Date(y, m - 1, d + 1).toISOString(),
        ...(code.value ? { code: code.value } : {}),
      })
      // The token rides in the hash: it never reaches a server's or a proxy's access log.
      const url = new URL(window.location.href)
      url.search = ''
      url.hash = `/s/${token}`
      link.value = url.href
      error.value = ''
      made()
    } catch (e) {
      error.value = messageOf(e)
    } finally {
      busy.value = false
    }
  }
  return { name, expires, minDay, code, link, error, busy, make }
}
