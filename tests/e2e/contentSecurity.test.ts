import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { openPage, sharedBrowser, waitForCharts } from './browser'
import { waitForView } from './app'
import { start, tempDirs, type Running, type TempDirs } from '../server/helpers'

// The built app served by the real publishing server, which sends the Content-Security-Policy:
// every view must work under it without a single violation.
let browser: Browser
let dirs: TempDirs
let server: Running
beforeAll(async () => {
  dirs = await tempDirs()
  server = await start(dirs, { appDir: 'dist' })
  browser = await sharedBrowser()
})
afterAll(async () => {
  await server?.close()
  await dirs?.cleanup()
})

/** Opens `hash`, recording every policy violation the page (or its workers) reports. */
async function openRecording(hash: string, viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, 'about:blank', viewport)
  const violations: string[] = []
  await opened.page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await opened.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportViolation: (v: string) => void }).reportViolation
      report(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  opened.page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text())
  })
  await opened.page.goto(`${server.url}/${hash}`)
  return { ...opened, violations }
}

async function expectClean(opened: { errors: string[]; violations: string[]; close: () => Promise<void> }) {
  try {
    expect(opened.violations).toEqual([])
    expect(opened.errors).toEqual([])
  } finally {
    await opened.close()
  }
}

const csv = [
  'region,period,indicator,value,unit,status,source,note',
  // Values of the published data, so the preview has something to compare; nothing new is invented.
  '衡阳市,2022,patent_grants,5183,件,actual,,',
].join('\n')

describe('the app under its Content-Security-Policy', () => {
  it('sends a policy that forbids framing', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })

  it('the overview draws its charts and exports a PNG with no violation', async () => {
    const opened = await openRecording('#/')
    const page: Page = opened.page
    await waitForView(page)
    await waitForCharts(page, 1)
    // A tooltip is HTML with style attributes (ECharts' markers).
    const chart = page.locator('.chart-panel .chart').first()
    const box = await chart.boundingBox()
    if (!box) throw new Error('no chart')
    for (let x = 0.3; x < 0.9; x += 0.1) await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.5)
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('.chart-panel .chart div')].some(
          (d) => d.style.display !== 'none' && d.innerHTML.includes('style='),
        ),
      undefined,
      { timeout: 5000 },
    )
    const download = page.waitForEvent('download')
    await page.locator('.chart-panel').first().getByRole('button', { name: '导出图片' }).click()
    expect((await download).suggestedFilename()).toMatch(/\.png$/)
    await expectClean(opened)
  })

  it('the import view reads a file in its worker with no violation', async () => {
    const opened = await openRecording('#/import')
    const page = opened.page
    await waitForView(page)
    await page.setInputFiles('[data-testid=import-input]', {
      name: 'csp.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    })
    await page.locator('.import-item[data-file="csp.csv"] [data-testid=diff]').waitFor({ timeout: 20_000 })
    const download = page.waitForEvent('download')
    await page.locator('[data-testid=export-all]').click()
    expect((await download).suggestedFilename()).toMatch(/\.csv$/)
    await expectClean(opened)
  })

  it('the screen shows its charts and registers its service worker with no violation', async () => {
    const opened = await openRecording('#/screen?rotate=600&pages=kpi,trends', { width: 1920, height: 1080 })
    const page = opened.page
    await page.locator('[data-testid=screen-kpi-value]').first().waitFor({ timeout: 20_000 })
    await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true), undefined, { timeout: 20_000 })
    await page.keyboard.press('ArrowRight')
    await waitForCharts(page, 1)
    await expectClean(opened)
  })

  it('the map loads its boundaries, draws the cities and opens 衡阳 with no violation', async () => {
    const opened = await openRecording('#/map')
    const page = opened.page
    await waitForView(page)
    await waitForCharts(page, 1)
    await page.goto(`${server.url}/#/map?view=tiles`)
    await page.locator('[data-testid=map-tiles] button').first().click()
    await expect.poll(() => page.locator('[data-testid=map-tiles] li').count()).toBe(12)
    await expectClean(opened)
  })
})
