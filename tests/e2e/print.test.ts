import { describe, expect, it } from 'vitest'
import { texts, useBrowser, visit } from './app'
import { waitForCharts } from './browser'
import { pdfPages } from '../support/pdfText'

useBrowser()

/** A4's printable width in CSS pixels: 210 mm less the 12 mm margins on each side. */
const PRINTABLE_PX = ((210 - 24) * 96) / 25.4

describe('the printed overview (A4)', () => {
  it('redraws the trend chart at the paper’s width, keeps every panel on the page, and prints the latest figure', async () => {
    await visit('/', {}, async (page) => {
      await waitForCharts(page, 1)
      // The panels built after the chart is on screen are printed too.
      await page.locator('.overview-side:not([aria-busy])').waitFor()
      const screenWidth = await page
        .locator('.chart canvas')
        .first()
        .evaluate((c) => c.getBoundingClientRect().width)
      expect(screenWidth).toBeGreaterThan(PRINTABLE_PX)

      await page.emulateMedia({ media: 'print' })
      // The chart is redrawn, not squeezed: its canvas holds as many pixels as the box it fills.
      await expect
        .poll(() =>
          page.locator('.chart canvas').evaluateAll((cs) =>
            cs.map((c) => {
              const box = c.getBoundingClientRect()
              return { right: Math.round(box.right), drawn: (c as HTMLCanvasElement).width - Math.round(box.width) }
            }),
          ),
        )
        .toEqual([{ right: expect.any(Number), drawn: 0 }])
      const boxes = await page
        .locator('main .panel, main .kpi, .chart canvas')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))
      const left = await page.locator('main').evaluate((m) => m.getBoundingClientRect().left)
      expect(boxes.length).toBeGreaterThan(6)
      for (const right of boxes) expect(right - left).toBeLessThanOrEqual(PRINTABLE_PX + 1)

      const headings = await texts(page.locator('main .panel-title'))
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
      // The PDF's fonts map some characters to look-alikes (⽬ for 目): compare in NFKC form.
      const plain = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')
      const all = plain((await pdfPages(new Uint8Array(pdf))).join(''))
      for (const h of headings) expect(all).toContain(plain(h))
      // The chart prints as vector text: its axis reaches the end of 2025, and the latest point's label
      // (4558, as of 2025-07) follows the axis labels with the other points' labels.
      expect(all).toMatch(/2025年末\d*4558/)
      expect(all).toContain(plain('截至2025年7月'))
    })
  })
})
