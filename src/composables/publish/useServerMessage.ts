import { useI18n } from 'petite-vue-i18n'
import { ApiFailure } from '@/io/api/publishApi'
import { useLang } from '../useLang'

/** A failed server call in the reader's language: the server's own reason when it gave one. */
export function useServerMessage() {
  const { t } = useI18n()
  const lang = useLang()
  return (e: unknown, unreachableKey = 'publish.unreachable'): string => {
    if (e instanceof ApiFailure) {
      if (e.reason) return lang.value === 'en' ? e.reason.en : e.reason.zh
      if (e.status === 0) return t(unreachableKey)
      return t('publish.failed', { reason: `HTTP ${e.status}` })
    }
    return t('publish.failed', { reason: e instanceof Error ? e.message : String(e) })
  }
}
