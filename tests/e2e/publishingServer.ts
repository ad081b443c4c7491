import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { sharedBrowser } from './browser'
import type { ServerOptions } from '../../server/config'
import { addUser, start, tempDirs, type Running, type TempDirs } from '../server/helpers'

/**
 * The real publishing server (not the static preview the other browser tests use) for the tests of
 * one file: serving the built dist/ with a fresh state directory seeded from data/, an analyst
 * "wang", and the worker's browser. Its fields are set before the first test runs.
 */
export function usePublishingServer(options: Partial<ServerOptions> = {}) {
  const own = {} as { browser: Browser; dirs: TempDirs; server: Running }
  beforeAll(async () => {
    own.dirs = await tempDirs()
    own.server = await start(own.dirs, { appDir: 'dist', ...options })
    await addUser(own.dirs.state, 'wang')
    own.browser = await sharedBrowser()
  })
  afterAll(async () => {
    await own.server?.close()
    await own.dirs?.cleanup()
  })
  return own
}
