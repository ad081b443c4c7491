import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { text, texts, useBrowser, visit } from './app'
import { waitForCharts } from './browser'
import type { LongImageModel } from '@/composables/overview/longImageModel'

useBrowser()

/** Clicks the long image's button; returns the PNG's bytes and the model it was drawn from. */
async function longImage(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('long-image').click(),
  ])
  const png = readFileSync(await download.path())
  const drawn = await page.getByTestId('long-image').getAttribute('data-drawn')
  return { name: download.suggestedFilename(), png, model: JSON.parse(drawn ?? 'null') as LongImageModel }
}

/** Non-white pixels in a band of the picture's rows, counted in the page (no PNG decoder in Node). */
function inkIn(page: Page, png: Buffer, fromBottom: number, toBottom: number): Promise<number> {
  return page.evaluate(
    async ({ data, from, to }) => {
      const image = await createImageBitmap(await (await fetch(data)).blob())
      const canvas = new OffscreenCanvas(image.width, image.height)
      const ctx = canvas.getContext('2d')
      if (!ctx) return -1
      ctx.drawImage(image, 0, 0)
      const band = ctx.getImageData(0, image.height - from, image.width, from - to).data
      let ink = 0
      for (let i = 0; i < band.length; i += 4) if ((band[i] ?? 255) < 200) ink++
      return ink
    },
    { data: `data:image/png;base64,${png.toString('base64')}`, from: fromBottom, to: toBottom },
  )
}

const widthOf = (png: Buffer) => png.readUInt32BE(16)
const heightOf = (png: Buffer) => png.readUInt32BE(20)

describe('the long image for phones', () => {
  it.each([['zh'], ['en']])('draws every KPI with its date and source, 1080 px wide (%s)', async (lang) => {
    await visit('/', lang === 'en' ? { lang } : {}, async (page) => {
      await waitForCharts(page, 1)
      const cards = await page.locator('main .kpi').evaluateAll((els) =>
        els.map((e) => ({
          name: e.querySelector('.kpi-name')?.textContent?.trim(),
          figure: e.querySelector('.kpi-number')?.textContent?.trim(),
          period: e.querySelector('.kpi-period')?.textContent?.trim(),
        })),
      )
      expect(cards.length).toBeGreaterThan(3)
      const { name, png, model } = await longImage(page)
      writeFileSync(join(tmpdir(), `long-image-${lang}.png`), png)
      console.log(`long image (${lang}): ${widthOf(png)} × ${heightOf(png)} px, ${(png.length / 1024).toFixed(0)} KB`)
      expect(name).toMatch(/\.png$/)
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(widthOf(png)).toBe(1080)
      expect(heightOf(png)).toBeGreaterThan(1500)

      // The picture says what the page says: every card's figure, its 截至 date, and at the foot its source.
      expect(model.title).toBe(await text(page.locator('main .view-title')))
      expect(model.kpis.map(({ name, figure, period }) => ({ name, figure, period }))).toEqual(cards)
      for (const [i, card] of cards.entries()) {
        expect(model.foot[i]).toContain(card.name)
        expect(model.foot[i]).toContain(card.period)
        expect(model.foot[i]).toContain(model.kpis[i]?.source)
      }
      expect(model.narrativeTitle).toBe(await text(page.locator('[data-testid=narrative] .panel-title')))
      expect(model.narrative.join('')).toBe((await texts(page.locator('.narrative-sentence'))).join(''))
      expect(model.warnings.length).toBeGreaterThan(0)
      // The foot is drawn: its lines of dates and sources leave ink near the picture's bottom.
      expect(await inkIn(page, png, 300, 48)).toBeGreaterThan(2000)
    })
  })
})
