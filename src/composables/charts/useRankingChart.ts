import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { cityRanking } from '@/domain/province/compare'
import { formatNumber, unitText } from '@/domain/display/format'
import { buildRankingOption } from '@/charts/options/ranking'
import type { ChartTable } from '@/charts/table'
import type { ChartTheme } from '@/charts/theme'
import { useNames } from '../useNames'
import { useHomeProvince } from './useHomeProvince'

/** The province's cities ranked by one indicator at one table date, the home city highlighted. */
export function useRankingChart(
  indicator: MaybeRefOrGetter<string>,
  periodKey: MaybeRefOrGetter<string>,
  title: MaybeRefOrGetter<string>,
  theme: MaybeRefOrGetter<ChartTheme>,
) {
  const { t } = useI18n()
  const { dataset, homeRegion } = storeToRefs(useDatasetStore())
  const names = useNames()
  const { province } = useHomeProvince()
  return computed(() => {
    const id = toValue(indicator)
    const ranked = dataset.value ? cityRanking(dataset.value, province.value, id, toValue(periodKey)) : []
    const unit = dataset.value?.catalogue.indicator(id)?.unit ?? ''
    const rows = ranked.map((r) => ({
      name: names.shortRegion(r.item.region),
      value: r.value,
      rank: r.rank,
      highlight: r.item.region === homeRegion.value,
    }))
    const table: ChartTable = {
      columns: [t('chart.rank'), t('chart.region'), t('chart.value'), t('chart.unit')],
      rows: ranked.map((r) => [r.rank, names.region(r.item.region), r.value, unitText(unit, names.lang.value)]),
    }
    const option = buildRankingOption(
      { rows, seriesName: names.indicator(id), valueText: (v) => formatNumber(v, names.lang.value) },
      toValue(theme),
    )
    return { title: toValue(title), option, table }
  })
}
