import { ref, type MaybeRefOrGetter, toValue } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { Headline } from '@/domain/narrative/headline'
import { chartPng } from '@/charts/echarts'
import { lightTheme } from '@/charts/theme'
import { download } from '@/io/download'
import { useNames } from '../useNames'
import { useTrendChart } from '../charts/useTrendChart'
import { useNarrative } from './useNarrative'
import { useKpiText } from './useKpiText'
import { today } from './useBrief'

/** The trend as drawn into the long image: half its inner width at twice the pixels, so its labels read on a phone. */
const CHART = { width: 492, height: 230, pixelRatio: 2 }

/**
 * The overview as one tall picture for a chat on a phone. Its model and its drawing load only when
 * one is asked for; `drawn` keeps the model last drawn, as JSON, for whoever checks the picture.
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

  async function make() {
    if (busy.value) return
    busy.value = true
    error.value = ''
    try {
      const [{ longImageModel }, { drawLongImage }] = await Promise.all([
        import('./longImageModel'),
        import('@/io/longImage'),
      ])
      const regionName = names.region(toValue(region))
      const model = longImageModel({
        t,
        regionName,
        today: today(),
        headlines: toValue(headlines),
        kpiText,
        sentences: sentences.value,
        trendTitle: trend.title.value,
        warnings: toValue(warnings),
      })
      const lang = locale.value === 'en' ? 'EN' : 'ZH'
      const chart = trend.empty.value ? undefined : await chartPng(trend.option.value, CHART, lang)
      const png = await drawLongImage(model, chart)
      drawn.value = JSON.stringify(model)
      download(`${t('longImage.file', { region: regionName, date: today() })}.png`, png)
    } catch {
      error.value = t('longImage.failed')
    } finally {
      busy.value = false
    }
  }

  return { make, busy, error, drawn }
}
