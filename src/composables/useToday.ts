import { computed } from 'vue'
import { useTimestamp } from '@vueuse/core'

const DAY = 86_400_000

/** The start of today (UTC ms), from a clock checked every minute: what depends on it changes once a day. */
export function useToday() {
  const now = useTimestamp({ interval: 60_000 })
  return computed(() => Math.floor(now.value / DAY) * DAY)
}
