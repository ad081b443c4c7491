import { ref, type MaybeRefOrGetter, toValue } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { Headline } from '@/domain/narrative/headline'
import { lightTheme } from '@/charts/theme'
import { useNames } from '../useNames'
import { useTrendChart } from '../charts/useTrendChart'
import { useNarrative } from './useNarrative'
import { useKpiText } from './useKpiText'
import { loadToolMessages } from '@/i18n'
import { useWatermark } from '../useWatermark'

/**
 * The overview as one tall picture for a chat on a phone. Only the words it needs are gathered here;
 * the rest (its model, its drawing) loads when one is asked for: the overview's first load is near
 * its budget. `drawn` keeps the model last drawn, as JSON, for whoever checks the picture.
 */
export function useLongImage(
  region: MaybeRefOrGetter<string>,
  asOfYear: MaybeRefOrGetter<number | undefined>,
  indicator: MaybeRefOrGetter<string>,
  headlines: MaybeRefOrGetter<readonly Headline[]>,
  warnings: MaybeRefOrGetter<readonly string[]>,
) {
  const { t, locale } = useI18n()
  const names = useNames()
  const kpiText = useKpiText()
  const { sentences } = useNarrative(region, asOfYear)
  const trend = useTrendChart(region, indicator, lightTheme)
  const busy = ref(false)
  const error = ref('')
  const drawn = ref('')
  const markNow = useWatermark()

  async function make() {
    if (busy.value) return
    busy.value = true
    error.value = ''
    try {
      // Its foot's words and its failure come with the tools' messages, not with the overview.
      const [{ longImage }] = await Promise.all([import('./longImageModel'), loadToolMessages()])
      drawn.value = await longImage(
        {
          t,
          lang: locale.value === 'en' ? 'EN' : 'ZH',
          regionName: names.region(toValue(region)),
          headlines: toValue(headlines),
          kpiText,
          sentences: sentences.value,
          trend: trend.empty.value ? undefined : { title: trend.title.value, option: trend.option.value },
          warnings: toValue(warnings),
        },
        await markNow(),
      )
    } catch {
      await loadToolMessages().catch(() => undefined)
      error.value = t('longImage.failed')
    } finally {
      busy.value = false
    }
  }

  return { make, busy, error, drawn }
}
