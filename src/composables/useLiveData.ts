import { onScopeDispose, type MaybeRefOrGetter, toValue } from 'vue'
import { useDatasetStore } from '@/stores/dataset'

/**
 * Keeps the published data current: every `seconds` the store asks the server, with
 * conditional requests, whether a data file changed. One timeout at a time, cleared with its owner.
 */
export function useLiveData(seconds: MaybeRefOrGetter<number>) {
  const store = useDatasetStore()
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const tick = async () => {
    await store.refresh()
    if (!stopped) timer = setTimeout(() => void tick(), Math.max(0.05, toValue(seconds)) * 1000)
  }
  void tick()
  onScopeDispose(() => {
    stopped = true
    clearTimeout(timer)
  })
}
