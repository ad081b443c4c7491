import { computed, onScopeDispose, ref, watch, type MaybeRefOrGetter, toValue } from 'vue'

const STORAGE_KEY = 'screen-rotation'

/**
 * Which page of a rotating screen shows, advancing every `seconds` (fractions allowed); one
 * timeout at a time, cleared with its owner. Page and pause survive a reload (sessionStorage),
 * so a daily soft reload returns to the same state.
 */
export function useRotation(pageCount: MaybeRefOrGetter<number>, seconds: MaybeRefOrGetter<number>) {
  const saved = (() => {
    try {
      return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as { index?: number; paused?: boolean }
    } catch {
      return {}
    }
  })()
  const index = ref(saved.index ?? 0)
  const paused = ref(saved.paused ?? false)
  /** When the current page started showing, for the progress mark. */
  const startedAt = ref(performance.now())
  const count = computed(() => Math.max(1, toValue(pageCount)))
  let timer: ReturnType<typeof setTimeout> | undefined

  const schedule = () => {
    clearTimeout(timer)
    timer = undefined
    startedAt.value = performance.now()
    if (paused.value || count.value < 2) return
    timer = setTimeout(() => go(1), Math.max(0.05, toValue(seconds)) * 1000)
  }
  function go(step: number) {
    index.value = (((index.value + step) % count.value) + count.value) % count.value
    schedule()
  }
  function toggle() {
    paused.value = !paused.value
    schedule()
  }
  watch([count, () => toValue(seconds)], schedule)
  watch([index, paused], () => {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ index: index.value, paused: paused.value }))
    } catch {
      // A screen without session storage still rotates; it just starts from page one after a reload.
    }
  })
  if (index.value >= count.value) index.value = 0
  schedule()
  onScopeDispose(() => clearTimeout(timer))
  return { index, paused, startedAt, next: () => go(1), previous: () => go(-1), toggle }
}
