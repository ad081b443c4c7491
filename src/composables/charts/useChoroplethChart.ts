import { computed, type MaybeRefOrGetter, type Ref, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { formatQuantity } from '@/domain/display/format'
import { PROVINCE_MAP } from '@/charts/provinceMap'
import { buildChoroplethOption, type MapRegion } from '@/charts/options/choropleth'
import { figureRange, isLogScale } from '@/charts/colourScale'
import type { ChartTheme } from '@/charts/theme'
import { useNames } from '../useNames'

/** The province's map filled by one indicator's figures, and the legend of its colour ramp. */
export function useChoroplethChart(
  regions: Ref<readonly MapRegion[]>,
  indicator: MaybeRefOrGetter<string>,
  theme: MaybeRefOrGetter<ChartTheme>,
) {
  const { dataset } = storeToRefs(useDatasetStore())
  const names = useNames()
  const option = computed(() =>
    buildChoroplethOption(
      { map: PROVINCE_MAP, regions: regions.value, seriesName: names.indicator(toValue(indicator)) },
      toValue(theme),
    ),
  )
  /** The ramp's two ends and the figures they stand for; none when no region has a figure. */
  const legend = computed(() => {
    const range = figureRange(regions.value.map((r) => r.value))
    const unit = dataset.value?.catalogue.indicator(toValue(indicator))?.unit ?? ''
    const [from, to] = toValue(theme).ramp
    return range
      ? {
          low: formatQuantity(range.low, unit, names.lang.value),
          high: formatQuantity(range.high, unit, names.lang.value),
          from,
          to,
          log: isLogScale(range.low, range.high),
        }
      : null
  })
  return { option, legend }
}
