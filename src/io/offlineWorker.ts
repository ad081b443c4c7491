import { watch } from 'vue'
import { fetchPublishedFiles } from './publishedFiles'

/** Runs `work` when the page next has nothing to do (or soon, where the browser cannot tell). */
function whenIdle(work: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 })
  else setTimeout(work, 500)
}

function register() {
  // Once the worker controls this page, fetch the data through it, so that it keeps a copy.
  navigator.serviceWorker.addEventListener('controllerchange', () => void fetchPublishedFiles().catch(() => undefined))
  // The worker takes over at once (skipWaiting, clientsClaim): a plain registration is all it needs.
  void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined)
}

/**
 * Starts the worker that keeps the app and its last data for offline starts (a screen that reboots
 * without network still has what it showed), once the first view has its data and the page is idle.
 * Started at once, it would download and store every file of the app, and fetch the data again on
 * taking control, while the first chart is still being drawn.
 */
export function startOfflineWorker(settled: () => boolean) {
  if (settled()) return whenIdle(register)
  const stop = watch(settled, (done) => {
    if (!done) return
    stop()
    whenIdle(register)
  })
}
