import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

/**
 * The JavaScript a page fetched (main thread, workers, lazy chunks), gzip-compressed at level 9
 * from the built files, in bytes: what a phone downloads for it, whatever the server compresses.
 */
export function recordScripts(page: Page, distDir = 'dist') {
  const paths = new Set<string>()
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname
    if (path.endsWith('.js')) paths.add(path)
  })
  return {
    files: () => [...paths],
    gzipBytes: () =>
      [...paths].reduce((sum, p) => sum + gzipSync(readFileSync(join(distDir, p)), { level: 9 }).length, 0),
  }
}
