/** The offline worker's cache of data files, as vite.config.ts names it. */
const DATA_CACHE = 'ip-data'

/**
 * Drops the offline worker's copy of the data: a browser whose login has ended keeps nothing that
 * it could show offline. Where there is no worker (plain HTTP off localhost), there is nothing to drop.
 */
export async function forgetOfflineData(): Promise<void> {
  if (typeof caches === 'undefined') return
  await caches.delete(DATA_CACHE).catch(() => false)
}
