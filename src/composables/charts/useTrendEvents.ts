import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { formatDate, formatPeriodLabel } from '@/domain/display/format'
import { eventMonths, dateTime } from '@/domain/bulletin/events'
import { useNames } from '../useNames'
import { useBulletinText } from '../bulletin/useBulletinText'

/** The bulletins' events of a region as a trend chart marks them: one mark per month with events, whichever bulletins report them. */
export function useTrendEvents(region: MaybeRefOrGetter<string>) {
  const { t } = useI18n()
  const { bulletins } = storeToRefs(useDatasetStore())
  const names = useNames()
  const bulletinText = useBulletinText()
  return computed(() =>
    eventMonths(bulletins.value, toValue(region)).map((m) => {
      const count = t('bulletin.events', { n: m.events.length })
      return {
        time: dateTime(m.first),
        label: count,
        heading: t('trend.eventsHeading', {
          month: formatPeriodLabel(m.month, 'flow', names.lang.value),
          events: count,
        }),
        items: m.events.map(({ item }) => `${formatDate(item.date, names.lang.value)} ${bulletinText.itemTitle(item)}`),
      }
    }),
  )
}
