import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { rankHistory } from '@/domain/province/compare'
import { buildRankHistoryOption } from '@/charts/options/rankHistory'
import type { ChartTable } from '@/charts/table'
import type { ChartTheme } from '@/charts/theme'
import { useNames } from '../useNames'
import { useHomeProvince } from './useHomeProvince'

/** The home city's place among the province's cities by one indicator, table after table. */
export function useRankHistoryChart(indicator: MaybeRefOrGetter<string>, theme: MaybeRefOrGetter<ChartTheme>) {
  const { t } = useI18n()
  const { dataset, homeRegion } = storeToRefs(useDatasetStore())
  const names = useNames()
  const { province, periodText } = useHomeProvince()
  return computed(() => {
    const id = toValue(indicator)
    const points = (dataset.value ? rankHistory(dataset.value, province.value, homeRegion.value, id) : []).map((r) => ({
      label: periodText(r.periodKey),
      rank: r.rank,
      of: r.of,
    }))
    return {
      title: t('compare.rankHistory', {
        region: names.region(homeRegion.value),
        indicator: names.shortIndicator(id),
      }),
      option: buildRankHistoryOption(
        { points, seriesName: t('compare.rankAxis'), rankText: (r) => t('rank.position', { rank: r }) },
        toValue(theme),
      ),
      table: {
        columns: [t('chart.period'), t('chart.rank')],
        rows: points.map((p) => [p.label, `${p.rank} / ${p.of}`]),
      } satisfies ChartTable,
    }
  })
}
