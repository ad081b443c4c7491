import { useI18n } from 'petite-vue-i18n'
import { formatDateTime } from '@/domain/display/format'
import { loadToolMessages } from '@/i18n'
import { useServerStore } from '@/stores/server'
import { useLang } from './useLang'

/**
 * The watermark's words when the server has it on (内部资料 · who · when), else null: who is the
 * share link's name for its reader, the analyst's name for an analyst, nobody for a viewer; when is
 * the moment asked, so that an export says when it was made.
 */
export function useWatermark() {
  const { t } = useI18n()
  const lang = useLang()
  const server = useServerStore()
  return async (): Promise<string | null> => {
    if (!server.health?.watermark) return null
    await loadToolMessages()
    const who = server.health.share?.name ?? server.analyst?.name ?? ''
    const time = formatDateTime(Date.now(), lang.value)
    return who ? t('watermark.mark', { who, time }) : t('watermark.markNoName', { time })
  }
}
