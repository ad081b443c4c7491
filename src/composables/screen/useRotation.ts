import { computed, toRefs, watch, type MaybeRefOrGetter, toValue, shallowRef } from 'vue'
import { useSessionStorage, useTimeoutFn } from '@vueuse/core'

/**
 * Which page of a rotating screen shows, advancing every `seconds` (fractions allowed); one
 * timeout at a time, cleared with its owner. Page and pause survive a reload (sessionStorage),
 * so a daily soft reload returns to the same state.
 */
export function useRotation(pageCount: MaybeRefOrGetter<number>, seconds: MaybeRefOrGetter<number>) {
  const saved = useSessionStorage(
    'screen-rotation',
    { index: 0, paused: false },
    {
      mergeDefaults: true,
      // One screen a tab: nothing else writes the state, so no storage listener is needed.
      listenToStorageChanges: false,
      // A screen without session storage still rotates; it just starts from page one after a reload.
      onError: () => undefined,
    },
  )
  const { index, paused } = toRefs(saved.value)
  /** When the current page started showing, for the progress mark. */
  const startedAt = shallowRef(performance.now())
  const count = computed(() => Math.max(1, toValue(pageCount)))
  const timer = useTimeoutFn(
    () => go(1),
    () => Math.max(0.05, toValue(seconds)) * 1000,
    { immediate: false },
  )

  const schedule = () => {
    timer.stop()
    startedAt.value = performance.now()
    if (!paused.value && count.value > 1) timer.start()
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
  if (index.value >= count.value) index.value = 0
  schedule()
  return { index, paused, startedAt, next: () => go(1), previous: () => go(-1), toggle }
}
