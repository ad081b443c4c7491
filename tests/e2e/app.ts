import { afterAll, beforeAll, expect, inject } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { openPage, sharedBrowser } from './browser'

export type Route = '/' | '/compare' | '/map' | '/bulletins' | '/import' | '/login' | '/applicants'

/** Address of a hash route of the built app, with its query URL-encoded (Chinese region names too). */
export function appUrl(route: Route, query: Record<string, string> = {}): string {
  const qs = new URLSearchParams(query).toString()
  return `${inject('baseUrl')}#${route}${qs ? `?${qs}` : ''}`
}

/** Opens a route and waits until the data has loaded and the view is rendered. */
async function openApp(
  browser: Browser,
  route: Route,
  query: Record<string, string> = {},
  viewport = { width: 1440, height: 900 },
) {
  const opened = await openPage(browser, appUrl(route, query), viewport)
  await waitForView(opened.page)
  return opened
}

/**
 * Launches the worker's Chromium (see `sharedBrowser`), if it is not running yet, before the first
 * test of the file that calls this at its top level. Each visit asks for it again, so a browser that
 * went away is launched anew for the next test.
 */
export function useBrowser() {
  beforeAll(async () => {
    await sharedBrowser()
  })
}

/**
 * Opens a route in a fresh browser context, runs `use` on the page, then checks that the visit
 * logged no console error, page error or failed request, and closes the context whatever happened.
 */
export async function visit(
  route: Route,
  query: Record<string, string>,
  use: (page: Page) => Promise<void>,
  viewport?: { width: number; height: number },
) {
  const { page, errors, close } = await openApp(await sharedBrowser(), route, query, viewport)
  try {
    await use(page)
    expect(errors).toEqual([])
  } finally {
    await close()
  }
}

/**
 * One load of a route shared by the tests of the block that calls this, for tests that only read the
 * page: opened before the first of them and closed after the last. Returns the counterpart of `visit`
 * for those tests: it runs `use` on the shared page, then checks that the page has logged no error.
 */
export function sharedVisit(
  route: Route,
  query: Record<string, string> = {},
  viewport?: { width: number; height: number },
) {
  let opened: Awaited<ReturnType<typeof openApp>> | undefined
  beforeAll(async () => {
    opened = await openApp(await sharedBrowser(), route, query, viewport)
  })
  afterAll(async () => {
    await opened?.close()
  })
  return async (use: (page: Page) => Promise<void>) => {
    if (!opened) throw new Error('the shared page did not open')
    await use(opened.page)
    expect(opened.errors).toEqual([])
  }
}

export async function waitForView(page: Page) {
  await page.locator('main .view-title').waitFor({ state: 'visible', timeout: 20_000 })
}

/** The query of the current hash route (`#/path?a=b`). */
export function hashQuery(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash
  const i = hash.indexOf('?')
  return new URLSearchParams(i < 0 ? '' : hash.slice(i + 1))
}

export function hashPath(page: Page): string {
  return new URL(page.url()).hash.replace(/^#/, '').split('?')[0] ?? ''
}

/** Trimmed text with whitespace runs collapsed, as a reader sees it. */
export async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

export async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())
}

/** Cells of every body row of the data table inside `scope`. */
export async function tableRows(scope: Locator): Promise<string[][]> {
  // A chart's table view loads when first shown: wait for it.
  await scope.locator('.data-table tbody tr').first().waitFor()
  return scope
    .locator('.data-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())))
}

/** Number of pixels of a chart canvas that are not fully transparent (a blank canvas has none). */
export async function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement
    const ctx = c.getContext('2d')
    if (!ctx || c.width === 0 || c.height === 0) return 0
    const data = ctx.getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++
    return n
  })
}

/** The chart panel whose title is exactly `title`. */
export function panelTitled(page: Page, title: string | RegExp): Locator {
  return page.locator('.chart-panel').filter({ has: page.locator('.panel-title', { hasText: title }) })
}
