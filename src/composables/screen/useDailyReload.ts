import { type MaybeRefOrGetter, toValue } from 'vue'
import { useTimeoutFn } from '@vueuse/core'

/** Milliseconds from `now` to the next local "HH:MM"; null for no valid time. */
export function msUntil(hhmm: string, now: Date): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm)
  if (!m) return null
  const [h, min] = [Number(m[1]), Number(m[2])]
  if (h > 23 || min > 59) return null
  const next = new Date(now)
  next.setHours(h, min, 0, 0)
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1)
  return next.getTime() - now.getTime()
}

/**
 * An optional soft reload once a day at a quiet local hour ("03:30"): a fresh page after days of
 * running. The URL and the rotation state survive it.
 */
export function useDailyReload(at: MaybeRefOrGetter<string>, reload: () => void = () => location.reload()) {
  const wait = msUntil(toValue(at), new Date())
  if (wait === null) return
  useTimeoutFn(reload, wait)
}
