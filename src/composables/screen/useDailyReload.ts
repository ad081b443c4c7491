import { type MaybeRefOrGetter, toValue } from 'vue'
import { useTimeoutFn } from '@vueuse/core'
import { msUntil } from '@/domain/timeOfDay'

/**
 * An optional soft reload once a day at a quiet local hour ("03:30"): a fresh page after days of
 * running. The URL and the rotation state survive it.
 */
export function useDailyReload(at: MaybeRefOrGetter<string>, reload: () => void = () => location.reload()) {
  const wait = msUntil(toValue(at), new Date())
  if (wait === null) return
  useTimeoutFn(reload, wait)
}
