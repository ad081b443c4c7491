import { onBeforeUnmount, onMounted, ref } from 'vue'

/**
 * Each chart starts in a task of its own after the view is on screen: a view with its figures and
 * several charts never builds them all in one long task that would freeze a phone. The chart is
 * created in one task (`started`) and given its option in the next (`optionGiven`): ECharts' first
 * drawing is the longer half.
 */
export function useChartStart() {
  const started = ref(false)
  const optionGiven = ref(false)
  let startTimer: ReturnType<typeof setTimeout> | undefined
  onMounted(
    () =>
      (startTimer = setTimeout(() => {
        started.value = true
        startTimer = setTimeout(() => (optionGiven.value = true), 0)
      }, 0)),
  )
  onBeforeUnmount(() => clearTimeout(startTimer))
  return { started, optionGiven }
}
