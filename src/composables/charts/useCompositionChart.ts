import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { composition } from '@/domain/province/compare'
import { formatNumber, formatShare } from '@/domain/display/format'
import { buildCompositionOption } from '@/charts/options/composition'
import type { ChartTable } from '@/charts/table'
import type { ChartTheme } from '@/charts/theme'
import { useNames } from '../useNames'
import { useHomeProvince } from './useHomeProvince'

/** Each city's figure of an indicator split into its parts (the catalogue's leaves) at one table date. */
export function useCompositionChart(
  indicator: MaybeRefOrGetter<string>,
  date: MaybeRefOrGetter<string>,
  theme: MaybeRefOrGetter<ChartTheme>,
) {
  const { t } = useI18n()
  const { dataset, homeRegion } = storeToRefs(useDatasetStore())
  const names = useNames()
  const { cities, periodText } = useHomeProvince()
  return computed(() => {
    const ds = dataset.value
    const id = toValue(indicator)
    const parts = ds ? ds.catalogue.leavesOf(id).map((i) => i.id) : []
    const rows = ds ? composition(ds, cities.value, id, parts, toValue(date)) : []
    const partNames = parts.map(names.shortIndicator)
    return {
      title: `${t('compare.composition', { indicator: names.shortIndicator(id) })} · ${periodText(toValue(date))}`,
      option: buildCompositionOption(
        {
          regions: rows.map((r) => ({
            name: names.shortRegion(r.region),
            highlight: r.region === homeRegion.value,
            shares: r.parts.map((p) => p.share),
            values: r.parts.map((p) => p.value),
          })),
          partNames,
          valueText: (v) => formatNumber(v, names.lang.value),
          shareText: formatShare,
        },
        toValue(theme),
      ),
      table: {
        columns: [
          t('chart.region'),
          ...partNames,
          t('chart.total'),
          ...partNames.map((n) => t('chart.shareOf', { name: n })),
        ],
        rows: rows.map((r) => [
          names.region(r.region),
          ...r.parts.map((p) => p.value),
          r.total,
          ...r.parts.map((p) => (p.share === null ? '' : formatShare(p.share))),
        ]),
      } satisfies ChartTable,
    }
  })
}
