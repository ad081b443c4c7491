import { onMounted, ref } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { ApiFailure } from '@/io/api/publishApi'
import { createShareApi } from '@/io/api/shareApi'
import { useDatasetStore } from '@/stores/dataset'
import { useServerStore } from '@/stores/server'
import { useServerMessage } from '../publish/useServerMessage'

/**
 * A reader opening a share link (`#/s/TOKEN`): the server checks the token (and code), counts the
 * opening and gives the browser the link's cookie; the reader is then taken to the view it shares,
 * in the language they opened it in. An ended or unknown link is said so, in that language.
 */
export function useShareOpen(api = createShareApi()) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const dataset = useDatasetStore()
  const server = useServerStore()
  const messageOf = useServerMessage()
  const needsCode = ref(false)
  const code = ref('')
  const ended = ref('')
  const error = ref('')
  const busy = ref(false)

  async function open() {
    busy.value = true
    try {
      const token = String(route.params.token)
      const reader = await api.open(token, code.value || undefined)
      await server.probe()
      if (server.health) server.health = { ...server.health, share: { ...reader, state: 'valid' } }
      if (dataset.status !== 'ready') void dataset.load()
      const [path = '/', query = ''] = reader.view.split('?')
      const params = Object.fromEntries(new URLSearchParams(query))
      if (route.query.lang === 'en') params.lang = 'en'
      await router.replace({ path, query: params })
    } catch (e) {
      const c = e instanceof ApiFailure ? e.code : ''
      needsCode.value = needsCode.value || c === 'shareCodeNeeded' || c === 'wrongShareCode'
      if (c === 'shareCodeNeeded') error.value = t('share.codeNeeded')
      else if (needsCode.value && c !== 'shareExpired' && c !== 'shareRevoked') error.value = messageOf(e)
      else ended.value = messageOf(e)
    } finally {
      busy.value = false
    }
  }
  onMounted(async () => {
    // Sent here by the app for a link that ended since it was opened: no token to ask about.
    await server.probe()
    const state = server.health?.share?.state
    if (state && state !== 'valid' && route.params.token === state) ended.value = t(`share.ended.${state}`)
    else void open()
  })
  return { needsCode, code, ended, error, busy, open }
}
