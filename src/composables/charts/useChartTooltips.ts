import { computed, nextTick, ref, type Ref } from 'vue'
import { loadPart, type ChartOption } from '@/charts/echarts'

interface TipShower {
  dispatchAction: (action: { type: 'showTip'; x: number; y: number }) => void
}

/**
 * Tooltips load when someone first points at a chart, then show where the pointer is (a tap on a
 * phone too): `shown` is the option to draw, `wantTooltips` the pointer's handler.
 */
export function useChartTooltips(option: () => ChartOption, chart: Readonly<Ref<TipShower | null>>) {
  const tooltips = ref(false)
  const shown = computed<ChartOption>(() => (tooltips.value ? { ...option() } : option()))
  function wantTooltips(e: PointerEvent) {
    if (tooltips.value) return
    const { offsetX: x, offsetY: y } = e
    void loadPart('tooltips').then(async () => {
      tooltips.value = true
      await nextTick()
      chart.value?.dispatchAction({ type: 'showTip', x, y })
    })
  }
  return { shown, wantTooltips }
}
