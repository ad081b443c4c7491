import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, sharedBrowser } from './browser'
import { addUser, PASSWORD, start, tempDirs } from '../server/helpers'
import type { ServerOptions } from '../../server/config'

/** The real server with REQUIRE_LOGIN, an analyst "wang", and a page at its login. */
async function loginRequired(options: Partial<ServerOptions> = {}) {
  const dirs = await tempDirs()
  const server = await start(dirs, { appDir: 'dist', requireLogin: true, ...options })
  await addUser(dirs.state, 'wang')
  const opened = await openPage(await sharedBrowser(), `${server.url}/#/login?from=/`)
  let stopped: Promise<void> | undefined
  /** Takes the server away: to the page, the network is gone. */
  const stopServer = () => (stopped ??= server.close())
  return {
    page: opened.page,
    stopServer,
    close: async () => {
      await opened.close()
      await stopServer()
      await dirs.cleanup()
    },
  }
}

async function logIn(page: Page) {
  await page.locator('[data-testid=login-name]').fill('wang')
  await page.locator('[data-testid=login-password]').fill(PASSWORD)
  await page.locator('[data-testid=login-submit]').click()
  await page.locator('[data-testid=analyst]').waitFor()
  await page.locator('.kpi[data-indicator="patent_grants"]').waitFor({ timeout: 20_000 })
}

/** The offline worker controls the page and keeps the data files in its cache. */
const workerHoldsData = (page: Page) =>
  page.evaluate(async () => {
    if (!navigator.serviceWorker.controller || !(await caches.has('ip-data'))) return false
    const cached = await (await caches.open('ip-data')).keys()
    return cached.some((r) => r.url.endsWith('/data/manifest.json'))
  })

/** What the page gets asking for a data file as the app does: its status, or 0 when nothing answers. */
const dataStatus = (page: Page) =>
  page.evaluate(() =>
    fetch('data/manifest.json', { cache: 'no-cache' }).then(
      (r) => r.status,
      () => 0,
    ),
  )

/** Long enough for a login and the requests after it on a busy machine; the test waits it out. */
const SHORT_SESSION_MS = 20_000

describe('logged out means logged out (REQUIRE_LOGIN)', () => {
  it('drops the offline copy of the data on logout: with the server gone, the data is not shown', async () => {
    const { page, stopServer, close } = await loginRequired()
    try {
      await logIn(page)
      await expect.poll(() => workerHoldsData(page), { timeout: 30_000 }).toBe(true)
      expect(await dataStatus(page)).toBe(200)

      await page.locator('[data-testid=logout]').click()
      await expect.poll(() => page.evaluate(() => caches.has('ip-data')), { timeout: 15_000 }).toBe(false)
      // Online, the server refuses the data to a browser with no session.
      expect(await dataStatus(page)).toBe(401)
      // Offline (the server gone), the worker has nothing to show either.
      await stopServer()
      expect(await dataStatus(page)).toBe(0)
    } finally {
      await close()
    }
  })

  it('does not show the offline copy once the session it was given to has ended, though nobody logged out', async () => {
    // The worker starts before anyone logs in (the login page registers it), so the session need
    // only outlast a login and a few requests: the test then waits for its end, not for minutes.
    const { page, stopServer, close } = await loginRequired({ sessionTtlMs: SHORT_SESSION_MS })
    try {
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 50_000 })
        .toBe(true)
      await logIn(page)
      await expect.poll(() => workerHoldsData(page), { timeout: 15_000 }).toBe(true)
      const ends = await page.evaluate(() =>
        fetch('api/session')
          .then((r) => r.json() as Promise<{ expiresAt: string }>)
          .then((s) => Date.parse(s.expiresAt)),
      )
      await stopServer()
      // Offline within the session, the copy is shown (that is what the worker is for).
      expect(await dataStatus(page)).toBe(200)
      await expect
        .poll(() => page.evaluate(() => Date.now()), { timeout: SHORT_SESSION_MS + 10_000, interval: 500 })
        .toBeGreaterThan(ends)
      expect(await dataStatus(page)).toBe(0)
      expect(await page.evaluate(() => caches.has('ip-data'))).toBe(false)
    } finally {
      await close()
    }
  }, 180_000)
})
