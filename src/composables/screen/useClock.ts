import { useTimestamp } from '@vueuse/core'

/** The time now (ms), updated every second by one interval that is cleared with its owner. */
export function useClock() {
  return useTimestamp({ interval: 1000 })
}
