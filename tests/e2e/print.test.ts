import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { texts, useBrowser, visit } from './app'
import { waitForCharts } from './browser'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pdfPages } from '../support/pdfText'

useBrowser()

/** A4's printable width in CSS pixels: 210 mm less the 12 mm margins on each side. */
const PRINTABLE_PX = ((210 - 24) * 96) / 25.4
/** The overview's pages when printed: 4 before its print stylesheet filled them. */
const PRINTED_PAGES = 3

/** The chart is redrawn, not squeezed: its canvas holds as many pixels as the box it fills. */
async function redrawnForPaper(page: Page) {
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
}

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
      await redrawnForPaper(page)
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

  it('fills three A4 pages: the cards and the trend on the first, no leftover page', async () => {
    await visit('/', {}, async (page) => {
      await waitForCharts(page, 1)
      await page.locator('.overview-side:not([aria-busy])').waitFor()
      await page.emulateMedia({ media: 'print' })
      await redrawnForPaper(page)
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
      writeFileSync(join(tmpdir(), 'overview-print.pdf'), pdf)
      // Each page object of the PDF is one printed page.
      const count = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length
      const pages = await pdfPages(new Uint8Array(pdf))
      expect(pages.length).toBe(count)
      console.log(`printed overview: ${count} A4 pages`)
      expect(count).toBeLessThanOrEqual(PRINTED_PAGES)
      // No page is a leftover (the fourth page used to carry the footer's one line): each holds text of its own.
      for (const [i, text] of pages.entries())
        expect(text.replace(/\s+/g, '').length, `page ${i + 1}`).toBeGreaterThan(200)
      // Page 1 holds the cards and the whole trend; the paragraph and the warnings follow together.
      const plain = pages.map((p) => p.normalize('NFKC').replace(/\s+/g, ''))
      expect(plain[0]).toMatch(/2025年末\d*4558/)
      expect(plain[1]).toMatch(/^数据解读.*监测预警/)
    })
  })
})
