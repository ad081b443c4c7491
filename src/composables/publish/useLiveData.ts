import { type MaybeRefOrGetter, toValue } from 'vue'
import { useTimeoutPoll } from '@vueuse/core'
import { useDatasetStore } from '@/stores/dataset'

/**
 * Keeps the published data current: the store asks the server at once, then `seconds` after each
 * answer, with conditional requests, whether a data file changed. One timeout at a time, cleared
 * with its owner.
 */
export function useLiveData(seconds: MaybeRefOrGetter<number>) {
  const store = useDatasetStore()
  useTimeoutPoll(
    () => store.refresh(),
    () => Math.max(0.05, toValue(seconds)) * 1000,
    { immediateCallback: true },
  )
}
