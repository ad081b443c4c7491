import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { sharedBrowser } from './browser'
import { OwnServer } from './ownServer'

let browser: Browser
beforeAll(async () => {
  browser = await sharedBrowser()
})

interface Instrumented {
  liveTimers: Set<unknown>
  rotations: number
  timerReadings: number[]
}

// Counts live timers and page changes from inside the page, before the app starts.
const INSTRUMENT = () => {
  const w = window as unknown as Instrumented
  w.liveTimers = new Set()
  w.rotations = 0
  w.timerReadings = []
  const st = window.setTimeout.bind(window)
  const ct = window.clearTimeout.bind(window)
  const si = window.setInterval.bind(window)
  const ci = window.clearInterval.bind(window)
  window.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) => {
    const id = st(() => {
      w.liveTimers.delete(id)
      fn(...(args as []))
    }, ms)
    w.liveTimers.add(id)
    return id
  }) as typeof window.setTimeout
  window.clearTimeout = ((id: number) => {
    w.liveTimers.delete(id)
    ct(id)
  }) as typeof window.clearTimeout
  window.setInterval = ((fn: () => void, ms?: number) => {
    const id = si(fn, ms)
    w.liveTimers.add(id)
    return id
  }) as typeof window.setInterval
  window.clearInterval = ((id: number) => {
    w.liveTimers.delete(id)
    ci(id)
  }) as typeof window.clearInterval
  // Each live check starts with the manifest: the refresh loop is then between its timeouts, so a
  // reading taken there finds the app at the same point every time, however fast the machine runs.
  const fetch = window.fetch.bind(window)
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    if (url.includes('manifest.json') && url.includes('live=1')) w.timerReadings.push(w.liveTimers.size)
    return fetch(input, init)
  }
  new MutationObserver(() => w.rotations++).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-page'],
  })
}

interface Sample {
  heap: number
  nodes: number
  listeners: number
  timers: number
  charts: number
}

/**
 * Paused (space), so that no page is changing while counting: each page change sets off short
 * resize timers in every chart it shows, which are not leaks. The timers left are the screen's own
 * loops (clock, data refresh) and anything that leaked, e.g. a second rotation loop, which would run
 * paused or not. The page reads them at each of the next ten live checks; the fewest seen leaves out
 * the resizes the last page change set off.
 */
async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  await page.keyboard.press('Space')
  const from = await page.evaluate(() => (window as unknown as Instrumented).timerReadings.length)
  await page.waitForFunction((n) => (window as unknown as Instrumented).timerReadings.length >= n + 10, from, {
    timeout: 60_000,
  })
  const readings = await page.evaluate((n) => (window as unknown as Instrumented).timerReadings.slice(n, n + 10), from)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
  const charts = await page.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length)
  await page.keyboard.press('Space')
  return {
    heap: usedSize,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    timers: Math.min(...readings),
    charts,
  }
}

describe('a screen left running', () => {
  it('keeps memory, DOM nodes, listeners, timers and charts flat over hundreds of rotations and dozens of data changes', async () => {
    const server = new OwnServer()
    const base = await server.start()
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    await context.addInitScript(INSTRUMENT)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const rotations = () => page.evaluate(() => (window as unknown as Instrumented).rotations)
    // Page changes are counted by the page itself: waiting for a number of them, not for a time.
    const rotated = (above: number) =>
      page.waitForFunction((n) => (window as unknown as Instrumented).rotations > n, above, { timeout: 150_000 })
    const grants = () =>
      page.locator('.screen-kpi[data-indicator="patent_grants"] [data-testid=screen-kpi-value]').textContent()
    let published = 5183
    const publish = () => {
      const next = published + 1
      server.editData('observations.csv', (t) =>
        t.replace(`衡阳市,2022,patent_grants,${published},`, `衡阳市,2022,patent_grants,${next},`),
      )
      published = next
    }
    try {
      await page.goto(`${base}#/screen?rotate=0.05&refresh=0.15`)
      // Pages turn every 50 ms: a chart is drawn once its canvas exists, whether or not its page shows
      // at the moment a poll looks.
      await page.locator('.screen-chart canvas').first().waitFor({ state: 'attached', timeout: 20_000 })
      // Warm up (code compiled, caches filled): every page drawn, ten data changes taken in.
      for (let i = 0; i < 10; i++) {
        publish()
        await expect.poll(grants, { timeout: 20_000 }).toBe(String(published))
      }
      await rotated(60)
      expect(await rotations()).toBeGreaterThan(60)
      const baseline = await sample(page, cdp)
      const startRotations = await rotations()

      for (let i = 0; i < 30; i++) {
        publish()
        await expect.poll(grants, { timeout: 20_000 }).toBe(String(published))
      }
      await rotated(startRotations + 300)
      expect(await rotations()).toBeGreaterThan(startRotations + 300)
      const after = await sample(page, cdp)
      console.log(`soak: ${(await rotations()) - startRotations} rotations, 30 data changes`, { baseline, after })

      expect(after.charts).toBe(baseline.charts)
      expect(after.timers).toBeLessThanOrEqual(baseline.timers + 2)
      expect(after.listeners).toBeLessThanOrEqual(baseline.listeners + 5)
      expect(after.nodes).toBeLessThanOrEqual(baseline.nodes * 1.05 + 50)
      expect(after.heap).toBeLessThanOrEqual(baseline.heap * 1.2 + 2 * 1024 * 1024)
      expect(errors).toEqual([])
    } finally {
      await context.close()
      await server.stop()
    }
  }, 480_000)
})
