import { ref, watch, type Ref } from 'vue'
import { partsOf, type ChartOption } from '@/charts/echarts'

/** False until every ECharts part the option draws with is registered (bars and legends load on first use). */
export function useChartParts(option: () => ChartOption): Ref<boolean> {
  const ready = ref(false)
  watch(
    option,
    (next) => {
      void partsOf(next).then(() => {
        if (option() === next) ready.value = true
      })
    },
    { immediate: true },
  )
  return ready
}
