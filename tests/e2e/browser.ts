import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Flags that work on a closed-network, root-run machine: no sandbox, no background connections.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS })
}

let launched: Promise<Browser> | undefined

/**
 * This worker's Chromium, launched on first use and shared by every test file the worker runs (the
 * e2e project keeps modules between its files); each test opens a context of its own in it, so
 * nothing but the process is shared. Playwright closes it when the worker exits. Never close it in
 * a test.
 */
export function sharedBrowser(): Promise<Browser> {
  launched ??= launchBrowser().then((browser) => {
    browser.on('disconnected', () => (launched = undefined))
    return browser
  })
  return launched
}

/**
 * A page that records console errors and failed requests, so a test can assert there were none.
 * `prepare` runs on the new context before the page loads (e.g. to install a fake clock).
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
  prepare?: (context: BrowserContext) => Promise<void>,
) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  await prepare?.(context)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  // A request cut off by a reload or navigation (ERR_ABORTED) did not fail; anything else did.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()}`)
  })
  await page.goto(url)
  return { page, errors, close: () => context.close() }
}

/** Waits until every ECharts canvas on the page has been drawn at a non-zero size. */
export async function waitForCharts(page: Page, count: number) {
  await page.waitForFunction(
    (n) => {
      const canvases = [...document.querySelectorAll('.chart canvas, .screen-chart canvas')] as HTMLCanvasElement[]
      // A panel's canvas exists, empty, before its chart is drawn: the panel says when it is.
      const panelsDrawn = [...document.querySelectorAll('.chart-panel')].every(
        (p) => !p.querySelector('canvas') || p.hasAttribute('data-drawn'),
      )
      return canvases.length >= n && canvases.every((c) => c.width > 0 && c.height > 0) && panelsDrawn
    },
    count,
    { timeout: 20_000 },
  )
}

/**
 * Stops the page's time before it loads: timers, animation frames, `Date` and `performance` then
 * move only when the test says so (`page.clock.runFor`), so what a test sees after a given time
 * does not depend on how busy the machine is.
 */
export async function stopClock(context: BrowserContext) {
  const now = Date.now()
  await context.clock.install({ time: now })
  await context.clock.pauseAt(now + 1000)
}
