import { fetchPublishedFiles } from './publishedFiles'

/**
 * Starts the worker that keeps the app and its last data for offline starts (a screen that reboots
 * without network still has what it showed). Called once the first view is drawn: started at once,
 * it would download and store every file of the app, and fetch the data again on taking control,
 * while the first chart is still being drawn.
 */
export function registerOfflineWorker(): void {
  // Once the worker controls this page, fetch the data through it, so that it keeps a copy.
  navigator.serviceWorker.addEventListener('controllerchange', () => void fetchPublishedFiles().catch(() => undefined))
  // The worker takes over at once (skipWaiting, clientsClaim): a plain registration is all it needs.
  void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined)
}
