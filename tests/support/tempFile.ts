import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Writes a generated file (never committed: some are 50 MB) to a fresh temporary folder and returns
 * its path. Browser tests hand the browser the path, not the bytes: Playwright then sends no copy of
 * many megabytes through its pipe, which on a busy machine outlasted an action's timeout.
 */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ip-test-')), name)
  writeFileSync(path, content)
  return path
}
