import { watch } from 'vue'

/** Runs `work` when the page next has nothing to do (or soon, where the browser cannot tell). */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 })
  else setTimeout(work, 500)
}

/**
 * Runs `work` once `settled` holds (the first view has its data) and the page is next idle: work
 * that helps later, kept out of the first load.
 */
export function whenSettledAndIdle(settled: () => boolean, work: () => void): void {
  if (settled()) return whenIdle(work)
  const stop = watch(settled, (done) => {
    if (!done) return
    stop()
    whenIdle(work)
  })
}
