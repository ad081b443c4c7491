import { ref, watch, type Ref, type WatchSource } from 'vue'

/**
 * True from the first task after the frame that follows `ready`: what waits on it is built once the
 * browser has painted what `ready` stands for (the view's chart), never in the same long task.
 */
export function useAfterPaint(ready: WatchSource<boolean>): Readonly<Ref<boolean>> {
  const after = ref(false)
  const stop = watch(
    ready,
    (now) => {
      if (!now) return
      stop()
      // A timer set in a frame's callback runs after that frame is painted.
      requestAnimationFrame(() => setTimeout(() => (after.value = true), 0))
    },
    { immediate: true, flush: 'sync' },
  )
  return after
}
