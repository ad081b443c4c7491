import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { openPage, sharedBrowser, stopClock } from './browser'
import { appUrl, text } from './app'
import { OwnServer } from './ownServer'

let browser: Browser
beforeAll(async () => {
  browser = await sharedBrowser()
})

const SIZES = [
  { name: '1080p', width: 1920, height: 1080 },
  { name: '4K', width: 3840, height: 2160 },
  { name: 'portrait', width: 1080, height: 1920 },
]
const PAGES = ['kpi', 'trends', 'ranking', 'watch', 'map', 'bulletin']

async function openScreen(
  url: string,
  viewport = { width: 1920, height: 1080 },
  prepare?: (context: BrowserContext) => Promise<void>,
) {
  const opened = await openPage(browser, url, viewport, prepare)
  await opened.page.locator('.screen').waitFor({ timeout: 20_000 })
  return opened
}

/**
 * Waits until a page's content is in and laid out: its figures or bulletin items shown, the fonts
 * loaded, and every chart it shows with its canvas resized to its panel (charts resize a moment
 * after they appear). The other pages of a rotating screen are hidden, not removed: left out.
 */
async function settled(page: Page, p: string) {
  const content =
    {
      kpi: '.screen-kpi',
      bulletin: '.screen-bulletin li',
      watch: '.screen-watch li',
    }[p] ?? '.screen-chart canvas'
  await page.locator(content).filter({ visible: true }).first().waitFor({ timeout: 20_000 })
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      [...document.querySelectorAll<HTMLElement>('.screen-chart')]
        .filter((chart) => chart.getClientRects().length > 0)
        .every((chart) => {
          const canvas = chart.querySelector('canvas')?.getBoundingClientRect()
          const panel = chart.getBoundingClientRect()
          return (
            canvas !== undefined &&
            canvas.width > 0 &&
            Math.abs(canvas.width - panel.width) < 1 &&
            Math.abs(canvas.height - panel.height) < 1
          )
        }),
    undefined,
    { timeout: 20_000 },
  )
}

/** Everything inside the viewport: no scrollbars, and no element sticking out of it. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const w = window.innerWidth
    const h = window.innerHeight
    const doc = document.documentElement
    const out = [...document.querySelectorAll('.screen *')]
      .filter((el) => (el as HTMLElement).offsetParent !== null || el.tagName === 'canvas')
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && (r.right > w + 1 || r.bottom > h + 1 || r.left < -1 || r.top < -1)).length
    return { scroll: doc.scrollWidth > w || doc.scrollHeight > h, outside: out }
  })
}

describe('screen layout', () => {
  for (const size of SIZES) {
    it(`fills ${size.name} (${size.width}×${size.height}) with every page inside it, figures large`, async () => {
      // One load shows every page in turn, stepped on by the arrow key (an hour a page otherwise).
      const { page, errors, close } = await openScreen(appUrl('/screen' as never, { rotate: '3600' }), size)
      try {
        for (const p of PAGES) {
          await expect.poll(() => page.locator('.screen').getAttribute('data-page')).toBe(p)
          await settled(page, p)
          expect(await overflow(page), `${size.name} ${p}`).toEqual({ scroll: false, outside: 0 })
          if (p === 'kpi') {
            const ratio = await page.evaluate(
              () =>
                parseFloat(
                  getComputedStyle(document.querySelector('[data-testid=screen-kpi-value]') as Element).fontSize,
                ) / window.innerHeight,
            )
            expect(ratio).toBeGreaterThanOrEqual(0.06)
            expect(
              await text(page.locator('.screen-kpi[data-indicator="patent_grants"] [data-testid=screen-kpi-value]')),
            ).toBe('5183')
          }
          expect(await text(page.locator('[data-testid=screen-clock]'))).toMatch(/^\d{2}:\d{2}:\d{2}$/)
          expect(await text(page.locator('[data-testid=screen-asof]'))).toMatch(/^数据更新于 \d{4}年/)
          expect(errors).toEqual([])
          await page.keyboard.press('ArrowRight')
        }
      } finally {
        await close()
      }
      // Six pages laid out one after the other: on a busy machine, minutes.
    }, 180_000)
  }
})

describe('sharpness', () => {
  it('draws charts at the device pixel ratio (2 on a high-density panel)', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2 })
    const page = await context.newPage()
    try {
      await page.goto(appUrl('/screen' as never, { pages: 'trends' }))
      const canvas = page.locator('.screen-chart canvas').first()
      await settled(page, 'trends')
      const { pixels, css } = await canvas.evaluate((c) => ({
        pixels: (c as HTMLCanvasElement).width,
        css: c.getBoundingClientRect().width,
      }))
      expect(pixels).toBe(Math.round(css * 2))
    } finally {
      await context.close()
    }
  })
})

describe('rotation', () => {
  it('comes back to the same page, paused or not, after a reload (the daily soft reload)', async () => {
    const { page, errors, close } = await openScreen(appUrl('/screen' as never, { rotate: '30' }), undefined, stopClock)
    try {
      const title = () => text(page.locator('[data-testid=screen-page-title]'))
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Space')
      expect(await title()).toBe('全省排名（已暂停）')
      await page.reload()
      await page.locator('.screen').waitFor()
      expect(await title()).toBe('全省排名（已暂停）')
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })

  it('changes page every ?rotate= seconds (fractions too), steps with arrow keys, pauses with space', async () => {
    // The screen's time moves only by runFor: each page shows for exactly 0.4 s of it.
    const { page, errors, close } = await openScreen(
      appUrl('/screen' as never, { rotate: '0.4' }),
      undefined,
      stopClock,
    )
    try {
      const title = () => text(page.locator('[data-testid=screen-page-title]'))
      expect(await title()).toBe('主要指标')
      await page.clock.runFor(399)
      expect(await title()).toBe('主要指标')
      await page.clock.runFor(1)
      expect(await title()).toBe('发展趋势')
      await page.clock.runFor(400)
      expect(await title()).toBe('全省排名')
      await page.keyboard.press('Space')
      const paused = await title()
      expect(paused).toContain('已暂停')
      await page.clock.runFor(1200)
      expect(await title()).toBe(paused)
      await page.keyboard.press('ArrowRight')
      expect(await title()).toContain('监测预警')
      await page.keyboard.press('ArrowLeft')
      await page.keyboard.press('ArrowLeft')
      expect(await title()).toContain('发展趋势')
      expect(await page.locator('[data-testid=screen-bar]').count()).toBe(1)
      // Someone in the room clicks: the right third steps on, the left third back, the middle resumes.
      await page.mouse.click(1800, 540)
      expect(await title()).toContain('全省排名')
      await page.mouse.click(100, 540)
      expect(await title()).toContain('发展趋势')
      await page.mouse.click(960, 540)
      expect(await title()).toBe('发展趋势')
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })
})

/** The service worker controls the page and has the data in its cache. */
const workerHoldsData = (page: Page) =>
  page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false
    const cached = await (await caches.open('ip-data')).keys()
    return cached.some((r) => r.url.endsWith('/data/observations.csv'))
  })

describe('live data', () => {
  it('shows a changed data file without reloading, rides out the server going away, and recovers', async () => {
    const server = new OwnServer()
    const base = await server.start()
    const { page, errors, close } = await openScreen(`${base}#/screen?pages=kpi&refresh=0.3`)
    try {
      const grants = () =>
        text(page.locator('.screen-kpi[data-indicator="patent_grants"] [data-testid=screen-kpi-value]'))
      expect(await grants()).toBe('5183')
      // A screen that has run a while: its worker has taken over and fetched the data through itself.
      // Otherwise, on a busy machine, that first fetch could come after the server is gone below.
      await expect.poll(() => workerHoldsData(page), { timeout: 20_000 }).toBe(true)
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
      // Watch every frame: the figure must never blank out while new data comes in.
      await page.evaluate(() => {
        const w = window as unknown as { seen: string[] }
        w.seen = []
        const el = () =>
          document.querySelector('.screen-kpi[data-indicator="patent_grants"] [data-testid=screen-kpi-value]')
        const look = () => {
          w.seen.push(el()?.textContent ?? '')
          requestAnimationFrame(look)
        }
        look()
      })
      server.editData('observations.csv', (t) =>
        t.replace('衡阳市,2022,patent_grants,5183,', '衡阳市,2022,patent_grants,5200,'),
      )
      await expect.poll(grants, { timeout: 20_000 }).toBe('5200')
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
      const seen = await page.evaluate(() => [...new Set((window as unknown as { seen: string[] }).seen)])
      expect(seen).toEqual(['5183', '5200'])

      await server.stop()
      const offline = page.locator('[data-testid=screen-offline]')
      await offline.waitFor({ timeout: 20_000 })
      expect(await text(offline)).toBe('● 离线 0 分钟')
      expect(await grants()).toBe('5200')

      await server.start()
      await offline.waitFor({ state: 'detached', timeout: 20_000 })
      expect(await grants()).toBe('5200')
      expect(errors.filter((e) => !e.startsWith('request failed') && !e.includes('ERR_CONNECTION_REFUSED'))).toEqual([])
    } finally {
      await close()
      await server.stop()
    }
  })

  it('after a first visit, starts with its last data when the server cannot be reached', async () => {
    const server = new OwnServer()
    const base = await server.start()
    const { page, close } = await openScreen(`${base}#/screen?pages=kpi&refresh=0.3`)
    try {
      // The first visit only: once the worker controls the page, it holds the app and the data.
      await expect.poll(() => workerHoldsData(page), { timeout: 20_000 }).toBe(true)
      await server.stop()
      await page.reload()
      await page.locator('.screen-kpi').first().waitFor({ timeout: 15_000 })
      expect(
        await text(page.locator('.screen-kpi[data-indicator="patent_grants"] [data-testid=screen-kpi-value]')),
      ).toBe('5183')
      await page.locator('[data-testid=screen-offline]').waitFor({ timeout: 20_000 })
    } finally {
      await close()
      await server.stop()
    }
  })
})
