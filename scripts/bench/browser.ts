// Measurements in Debian's Chromium against the built app: first load with 4× CPU throttling,
// a million-row import (long tasks, blocking time, heap), and chart updates.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { longCsv } from '../../tests/support/longFile'
import { recordScripts } from '../../tests/support/overviewJs'
import { median } from '../../tests/support/ingest'
import { longTasks, watchLongTasks } from '../../tests/support/longTasks'

const MB = 1024 * 1024

const p95 = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? Number.NaN
}

/**
 * Resolves with the page's clock at the frame when `count` charts have been drawn: their panels say
 * so once ECharts has rendered their option (a chart's canvas exists, empty, before that).
 */
async function chartsDrawnAt(page: Page, count: number): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const drawn = [...document.querySelectorAll('.chart-panel[data-drawn]')].filter((p) => p.querySelector('canvas'))
      return drawn.length >= n ? performance.now() : false
    },
    count,
    { polling: 'raf', timeout: 60_000 },
  )
  return (await handle.jsonValue()) as number
}

/** A phone, as the CI budget's first load was first measured; and a desktop, as leaders open it. */
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2 }
export const DESKTOP = { width: 1440, height: 900, deviceScaleFactor: 1 }

/**
 * Cold loads of the overview (a new context each, so an empty cache) with the CPU slowed 4×: the page's
 * clock at the frame its chart is drawn, and the same moment seen from outside (from the call to
 * navigate, in this process), which adds starting the navigation and reporting back.
 */
export async function firstLoad(browser: Browser, base: string, runs: number, screen = PHONE) {
  const times: number[] = []
  const outside: number[] = []
  let jsGzip = 0
  let files: string[] = []
  for (let i = 0; i < runs; i++) {
    const { deviceScaleFactor, ...viewport } = screen
    const context = await browser.newContext({ viewport, deviceScaleFactor })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const scripts = recordScripts(page)
    const start = Date.now()
    await page.goto(`${base}#/`, { waitUntil: 'commit' })
    times.push(await chartsDrawnAt(page, 1))
    outside.push(Date.now() - start)
    if (i === 0) {
      await page.waitForTimeout(500)
      jsGzip = scripts.gzipBytes()
      files = scripts.files()
    }
    await context.close()
  }
  return { firstChartsMs: median(times), outsideMs: median(outside), runs: times, jsGzipKb: jsGzip / 1024, files }
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}

/** Switches the trend chart's indicator `times` times; each time from the change to two frames later. */
async function chartUpdates(page: Page, times: number): Promise<number[]> {
  const select = page.locator('[data-testid=indicator-select]')
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
  const out: number[] = []
  for (let i = 0; i < times; i++) {
    const value = options[i % options.length] as string
    out.push(
      await select.evaluate(async (el, v) => {
        const s = el as HTMLSelectElement
        const start = performance.now()
        s.value = v
        s.dispatchEvent(new Event('change'))
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
        return performance.now() - start
      }, value),
    )
  }
  return out
}

export async function chartUpdateEmbedded(browser: Browser, base: string, times: number) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${base}#/`)
  await chartsDrawnAt(page, 1)
  const ms = await chartUpdates(page, times)
  await context.close()
  return { p95: p95(ms), median: median(ms) }
}

export async function millionRowImport(browser: Browser, base: string, updates: number) {
  const path = join(mkdtempSync(join(tmpdir(), 'ip-bench-')), 'million.csv')
  writeFileSync(path, longCsv(1_000_000))
  const fileMb = statSync(path).size / MB
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await page.goto(`${base}#/import`)
  await page.locator('main .view-title').waitFor()
  await watchLongTasks(page)
  const before = await heapUsed(cdp)
  let peak = before
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize)
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  const start = Date.now()
  await page.setInputFiles('[data-testid=import-input]', path)
  const card = page.locator('.import-item[data-file="million.csv"]')
  await card.locator('[data-testid=diff]').waitFor({ timeout: 300_000 })
  const previewMs = Date.now() - start
  const previewTasks = await longTasks(page)
  await card.locator('[data-testid=import-commit]').click()
  await card.locator('[data-testid=imported]').waitFor({ timeout: 300_000 })
  const importedMs = Date.now() - start
  await page.evaluate(() => (location.hash = `#/?region=${encodeURIComponent('长沙市')}`))
  await chartsDrawnAt(page, 1)
  await page.waitForTimeout(1000)
  sampling = false
  await sampler
  const tasks = await longTasks(page)
  const retained = (await heapUsed(cdp)) - before
  const update = await chartUpdates(page, updates)
  await context.close()
  const blocking = (xs: number[]) => xs.reduce((sum, d) => sum + Math.max(0, d - 50), 0)
  return {
    fileMb,
    previewMs,
    importedMs,
    longestTaskToPreviewMs: Math.max(0, ...previewTasks),
    blockingToPreviewMs: blocking(previewTasks),
    longestTaskMs: Math.max(0, ...tasks),
    blockingMs: blocking(tasks),
    retainedMb: retained / MB,
    peakMb: (peak - before) / MB,
    updateP95: p95(update),
  }
}
