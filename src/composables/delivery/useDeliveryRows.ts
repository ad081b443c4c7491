import { computed, type Ref } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { DestinationInfo, SendInfo } from '../../../contract/delivery'
import { formatDateTime } from '@/domain/display/format'
import { useLang } from '../useLang'

/** The destinations and the sends as the page lists them, in the reader's language. */
export function useDeliveryRows(destinations: Ref<readonly DestinationInfo[]>, sends: Ref<readonly SendInfo[]>) {
  const { t } = useI18n()
  const lang = useLang()
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang.value) : '')

  const sendRows = computed(() =>
    sends.value.map((s) => ({
      id: s.id,
      at: when(s.at),
      name: s.name,
      trigger: t(`delivery.trigger.${s.trigger}`),
      version: t('delivery.version', { version: s.version }),
      state: t(`delivery.state.${s.state}`),
      failed: s.state === 'failed',
      detail: [
        s.attempts > 1 ? t('delivery.attempts', { n: s.attempts }) : '',
        s.nextTry ? t('delivery.nextTry', { time: when(s.nextTry) }) : '',
        s.error ?? '',
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  )

  const destinationRows = computed(() =>
    destinations.value.map((d) => ({
      id: d.id,
      name: d.name,
      kind: t(`delivery.kind.${d.target.kind}`),
      when: [
        d.when.publish ? t('delivery.onPublish') : '',
        d.when.warning ? t('delivery.onWarning') : '',
        d.when.schedule ? `${t('delivery.onSchedule')} ${d.when.schedule.cron} (${d.when.schedule.timeZone})` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      nextRun: d.nextRun ? t('delivery.nextRun', { time: when(d.nextRun) }) : '',
    })),
  )

  return { sendRows, destinationRows }
}
