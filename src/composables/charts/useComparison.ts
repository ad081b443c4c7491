import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { provinceTables } from '@/domain/province/compare'
import type { ChartTheme } from '@/charts/theme'
import { useNames } from '../useNames'
import { usePopulationNote } from '../overview/usePopulationNote'
import { useRankGap } from '../overview/useRankGap'
import { useHomeProvince } from './useHomeProvince'
import { useRankingChart } from './useRankingChart'
import { useRankHistoryChart } from './useRankHistoryChart'
import { useCompositionChart } from './useCompositionChart'

/** The province's cities side by side at one table date, with the home city highlighted. */
export function useComparison(date: MaybeRefOrGetter<string>, theme: MaybeRefOrGetter<ChartTheme>) {
  const { t } = useI18n()
  const { dataset, homeRegion, settings } = storeToRefs(useDatasetStore())
  const names = useNames()
  const { province, periodText } = useHomeProvince()
  const count = computed(() => settings.value?.compareCount ?? '')
  const density = computed(() => settings.value?.compareDensity ?? '')
  const dates = computed(() => (dataset.value ? provinceTables(dataset.value, province.value, count.value) : []))

  const atDate = (indicator: () => string) =>
    useRankingChart(indicator, date, () => `${names.indicator(indicator())} · ${periodText(toValue(date))}`, theme)
  const byCount = atDate(() => count.value)
  const byDensity = atDate(() => density.value)

  /** The flow the publisher chose, at its latest table of all the cities: a newer table moves the chart. */
  const flowIndicator = computed(() => settings.value?.compareFlow ?? '')
  const flowPeriod = computed(
    () => (dataset.value ? provinceTables(dataset.value, province.value, flowIndicator.value) : []).at(-1) ?? '',
  )
  const flowRanking = useRankingChart(
    flowIndicator,
    flowPeriod,
    () =>
      t('compare.flowRanking', {
        period: periodText(flowPeriod.value, 'flow'),
        indicator: names.indicator(flowIndicator.value),
      }),
    theme,
  )
  const flow = computed(() => ({
    ...flowRanking.value,
    fileName: `${flowIndicator.value}-${flowPeriod.value}`.replace(/_|\.\./g, '-'),
  }))

  const history = useRankHistoryChart(density, theme)
  const holders = useCompositionChart(count, date, theme)

  const populationNote = usePopulationNote()
  /** The home city's distance to the places above and below it in the two tables at the date. */
  const densityGap = useRankGap(homeRegion, density, date)
  const countGap = useRankGap(homeRegion, count, date)

  const title = computed(() => t('compare.title', { province: names.homeProvince() }))

  return {
    dates,
    periodText,
    title,
    byCount,
    byDensity,
    flow,
    history,
    holders,
    populationNote,
    densityGap,
    countGap,
    homeRegion,
  }
}
