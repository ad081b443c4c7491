import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { waitForCharts } from './browser'
import { type Route, useBrowser, visit } from './app'

useBrowser()

const PHONE = { width: 390, height: 844 }

/** Elements among panels, KPI cards, tables and canvases whose right edge passes the viewport. */
function overflowing(page: Page, width: number) {
  return page.evaluate((w) => {
    const out: string[] = []
    for (const el of document.querySelectorAll('.panel, .kpi, table, canvas')) {
      const r = el.getBoundingClientRect()
      if (r.right > w + 1 || r.left < -1)
        out.push(`${el.tagName.toLowerCase()}.${el.className} [${Math.round(r.left)}, ${Math.round(r.right)}]`)
    }
    return out
  }, width)
}

const pages: { name: string; route: Route; query: Record<string, string>; charts: number; kpis: boolean }[] = [
  { name: '#/', route: '/', query: {}, charts: 1, kpis: true },
  { name: '#/compare', route: '/compare', query: {}, charts: 5, kpis: false },
  { name: '#/bulletins', route: '/bulletins', query: {}, charts: 0, kpis: false },
  { name: '#/?lang=en', route: '/', query: { lang: 'en' }, charts: 1, kpis: true },
]

describe('phone, 390×844', () => {
  for (const p of pages) {
    it(`${p.name} fits the screen width`, async () => {
      await visit(
        p.route,
        p.query,
        async (page) => {
          if (p.charts) await waitForCharts(page, p.charts)
          expect(await page.evaluate(() => window.innerWidth)).toBe(PHONE.width)
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
          expect(await page.locator('.panel, .kpi, table, canvas').count()).toBeGreaterThan(0)
          expect(await overflowing(page, PHONE.width)).toEqual([])

          if (p.kpis) {
            const values = page.locator('.kpi [data-testid=kpi-value]')
            expect(await values.count()).toBe(6)
            for (const v of await values.all()) {
              expect(await v.isVisible()).toBe(true)
              const box = await v.boundingBox()
              expect(box).not.toBeNull()
              expect(box!.width).toBeGreaterThan(0)
              expect(box!.x).toBeGreaterThanOrEqual(0)
              expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width + 1)
            }
            const first = (await values.first().textContent())?.trim()
            expect(first).toBe(p.query.lang === 'en' ? '5,183' : '5183')
          }
        },
        PHONE,
      )
    })
  }

  it('#/compare still fits with every chart switched to its table', async () => {
    await visit(
      '/compare',
      {},
      async (page) => {
        await waitForCharts(page, 5)
        for (const panel of await page.locator('.chart-panel').all())
          await panel.getByRole('button', { name: '表格' }).click()
        // Each table view loads when first shown.
        await expect.poll(() => page.locator('.data-table').count()).toBe(5)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
        // Wide tables scroll inside their wrapper; the panels themselves stay within the screen.
        const panels = await page.evaluate((w) => {
          return [...document.querySelectorAll('.panel, .table-wrap')]
            .map((el) => el.getBoundingClientRect().right)
            .filter((right) => right > w + 1)
        }, PHONE.width)
        expect(panels).toEqual([])
      },
      PHONE,
    )
  })

  it('keeps the six header links on one row, each one reachable by keyboard', async () => {
    await visit(
      '/',
      { lang: 'en' },
      async (page) => {
        const links = page.locator('.app-header nav a')
        expect(await links.count()).toBe(6)
        const tops = await links.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)))
        expect(new Set(tops).size).toBe(1)
        // The English links run past the edge: the last one scrolls into view once focused.
        const last = links.last()
        expect((await last.boundingBox())!.x).toBeGreaterThan(PHONE.width - 40)
        await last.focus()
        await expect
          .poll(async () => (await last.boundingBox())!.x + (await last.boundingBox())!.width)
          .toBeLessThanOrEqual(PHONE.width)
      },
      PHONE,
    )
  })
})
