import { ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'

/**
 * True from the first task after the frame that follows `ready`: what waits on it is built once the
 * browser has painted what `ready` stands for (the view's chart), never in the same long task.
 */
export function useAfterPaint(ready: MaybeRefOrGetter<boolean>): Readonly<Ref<boolean>> {
  const after = ref(false)
  // A timer set in a frame's callback runs after that frame is painted.
  const afterNextPaint = () => requestAnimationFrame(() => setTimeout(() => (after.value = true), 0))
  if (toValue(ready)) afterNextPaint()
  else {
    const stop = watch(
      () => toValue(ready),
      (now) => {
        if (!now) return
        stop()
        afterNextPaint()
      },
    )
  }
  return after
}
