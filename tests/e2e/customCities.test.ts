import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { lightTheme } from '../../src/charts/theme'
import { waitForCharts } from './browser'
import { panelTitled, tableRows, text, texts, useBrowser, visit, waitForView } from './app'

useBrowser()

// Made-up test figures and regions, never published: two custom cities placed under 湖南省, one with a
// name far longer than any city's, in the 2025-07 tables; the other only at a month with no table.
const LONG = '测试用自定义市州名称很长很长很长很长很长很长'
const OTHER = '测试新区'
const CSV = [
  '地区,时期,指标,数值',
  `${LONG},2025-07,有效发明专利量,6000`,
  `${LONG},2025-07,每万人口有效发明专利拥有量,40`,
  `${OTHER},2025-06,有效发明专利量,3000`,
].join('\r\n')

const COUNT = /^有效发明专利量 · /
const DENSITY = /^每万人口有效发明专利拥有量 · /
const HISTORY = /^衡阳市排名变化/
const SHOTS = process.env.SCREENSHOT_DIR

async function importCustomCities(page: Page) {
  await page.setInputFiles('[data-testid=import-input]', {
    name: 'cities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  })
  const card = page.locator('.import-item[data-file="cities.csv"]')
  const unknown = card.locator('[data-testid=unknown-names]')
  await unknown.waitFor({ timeout: 20_000 })
  for (const select of await unknown.locator('[data-testid=region-place]').all()) await select.selectOption('湖南省')
  await unknown.locator('[data-testid=accept-names]').click()
  await unknown.waitFor({ state: 'detached' })
  expect(await text(card.locator('[data-testid=figure-count]'))).toBe('3')
  await card.locator('[data-testid=import-commit]').click()
  await card.locator('[data-testid=imported]').waitFor()
  await page.evaluate(() => (location.hash = '#/compare'))
  await waitForView(page)
  await waitForCharts(page, 5)
}

/**
 * The length in pixels of each horizontal bar drawn in the ranking's bar colours, top to bottom: a
 * bar squeezed to nothing leaves no band of canvas rows.
 */
function barLengths(canvas: Locator): Promise<number[]> {
  return canvas.evaluate(
    (el, colours) => {
      const c = el as HTMLCanvasElement
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data
      if (!data) return []
      const rgb = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)))
      const near = (p: number) => rgb.some(([r, g, b]) => data[p] === r && data[p + 1] === g && data[p + 2] === b)
      const lengths: number[] = []
      let inBar = false
      for (let y = 0; y < c.height; y++) {
        let hits = 0
        for (let x = 0; x < c.width; x++) if (near((y * c.width + x) * 4)) hits++
        if (hits > 0 && !inBar) lengths.push(hits)
        else if (hits > 0) lengths[lengths.length - 1] = Math.max(lengths.at(-1) ?? 0, hits)
        inBar = hits > 0
      }
      return lengths
    },
    [lightTheme.dim, lightTheme.highlight],
  )
}

/**
 * Every city's bar is drawn in the density ranking (whose smallest bar is still a few pixels long),
 * and the count ranking's longest bar keeps a good part of its panel: the long label did not squeeze it.
 */
async function expectBars(density: Locator, count: Locator) {
  await expect.poll(() => barLengths(density.locator('canvas')), { timeout: 10_000 }).toHaveLength(15)
  const width = await count.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).width)
  await expect.poll(async () => (await barLengths(count.locator('canvas')))[0] ?? 0).toBeGreaterThan(width * 0.3)
}

describe('custom cities under 湖南省, one with a very long name', () => {
  it('keep every table date, draw a bar for every city, cut the long name and keep 衡阳’s rank history', async () => {
    await visit('/import', {}, async (page) => {
      await importCustomCities(page)
      expect(await texts(page.locator('[data-testid=date-select] option'))).toEqual([
        '截至2020年11月',
        '截至2021年2月',
        '截至2025年7月',
      ])
      const count = panelTitled(page, COUNT)
      await expectBars(panelTitled(page, DENSITY), count)
      if (SHOTS) {
        await page.waitForTimeout(2000) // the charts' entry animation, for a still picture
        await page.screenshot({ path: `${SHOTS}/compare-long-name-1440.png`, fullPage: true })
      }

      // The cut label (4th from the top of 15 rows, grid 8 px top and bottom) shows the whole name on hover.
      const box = await count.locator('canvas').boundingBox()
      if (!box) throw new Error('no ranking canvas')
      await page.mouse.move(box.x + 60, box.y + 8 + ((box.height - 16) / 15) * 3.5)
      await expect.poll(() => text(count.locator('.chart > div').last())).toBe(`4. ${LONG}`)

      await count.getByRole('button', { name: '表格' }).click()
      const rows = await tableRows(count)
      expect(rows).toHaveLength(15)
      expect(rows[0]).toEqual(['1', '长沙市', '81989', '件'])
      expect(rows.find((r) => r[1] === LONG)).toEqual(['4', LONG, '6000', '件'])
      expect(rows.find((r) => r[1] === '衡阳市')).toEqual(['5', '衡阳市', '4558', '件'])
      expect(rows.some((r) => r[1] === OTHER)).toBe(false)

      const holders = panelTitled(page, /^有效发明专利权人构成/)
      await holders.getByRole('button', { name: '表格' }).click()
      expect((await tableRows(holders)).map((r) => r[0])).not.toContain(LONG)

      const history = panelTitled(page, HISTORY)
      await history.getByRole('button', { name: '表格' }).click()
      expect(await tableRows(history)).toEqual([
        ['截至2020年11月', '7 / 14'],
        ['截至2021年2月', '7 / 14'],
        ['截至2025年7月', '7 / 15'],
      ])
    })
  })

  it('fit a phone: every bar drawn at 390 px', async () => {
    await visit(
      '/import',
      {},
      async (page) => {
        await importCustomCities(page)
        await expectBars(panelTitled(page, DENSITY), panelTitled(page, COUNT))
        if (SHOTS) {
          await page.waitForTimeout(2000) // the charts' entry animation, for a still picture
          await page.screenshot({ path: `${SHOTS}/compare-long-name-390.png`, fullPage: true })
          await panelTitled(page, COUNT).screenshot({ path: `${SHOTS}/compare-long-name-390-count.png` })
        }
      },
      { width: 390, height: 844 },
    )
  })
})
