import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { waitForCharts } from './browser'
import { hashQuery, paintedPixels, panelTitled, sharedVisit, tableRows, text, texts, useBrowser, visit } from './app'

useBrowser()

const COUNT = /^有效发明专利量 · /
const DENSITY = /^每万人口有效发明专利拥有量 · /
const HISTORY = /^衡阳市排名变化/

/** Shows the table of a chart panel and returns its rows. */
async function showTable(page: Page, title: RegExp): Promise<string[][]> {
  const panel = panelTitled(page, title)
  expect(await panel.count()).toBe(1)
  await panel.getByRole('button', { name: '表格' }).click()
  await panel.locator('.data-table').waitFor({ state: 'visible' })
  return tableRows(panel)
}

const hengyang = (rows: string[][]) => rows.find((r) => r[1] === '衡阳市')

describe('compare (#/compare)', () => {
  // The tests that only read the page as it opens share one load of it.
  const compare = sharedVisit('/compare')

  it('defaults to the latest table date, 2025-07, and draws all five charts', async () => {
    await compare(async (page) => {
      expect(await text(page.locator('main .view-title'))).toBe('湖南省各市州对比')
      const select = page.locator('[data-testid=date-select]')
      expect(await select.inputValue()).toBe('2025-07')
      expect(await texts(select.locator('option'))).toEqual(['截至2020年11月', '截至2021年2月', '截至2025年7月'])
      expect(hashQuery(page).has('date')).toBe(false)

      await waitForCharts(page, 5)
      const canvases = page.locator('.chart canvas')
      expect(await canvases.count()).toBe(5)
      for (const canvas of await canvases.all()) {
        await expect.poll(() => paintedPixels(canvas), { timeout: 10_000 }).toBeGreaterThan(2000)
      }
      expect(await texts(page.locator('.chart-panel .panel-title'))).toEqual([
        '有效发明专利量 · 截至2025年7月',
        '每万人口有效发明专利拥有量 · 截至2025年7月',
        '衡阳市排名变化（按每万人口有效发明专利）',
        '2023年1—8月专利授权量',
        '有效发明专利权人构成 · 截至2025年7月',
      ])
    })
  })

  it('the count ranking puts 衡阳 4th with 4558, the density ranking 6th with 7.08', async () => {
    await visit('/compare', {}, async (page) => {
      const count = await showTable(page, COUNT)
      expect(count).toHaveLength(14)
      expect(count[0]).toEqual(['1', '长沙市', '81989', '件'])
      expect(hengyang(count)).toEqual(['4', '衡阳市', '4558', '件'])
      expect(count.map((r) => r[0])).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)))

      const density = await showTable(page, DENSITY)
      expect(density).toHaveLength(14)
      expect(hengyang(density)).toEqual(['6', '衡阳市', '7.08', '件/万人'])
      expect(density[0]).toEqual(['1', '长沙市', '77.23', '件/万人'])
    })
  })

  it('choosing 2020-11 ranks 衡阳 7th by density (2.6) and writes date=2020-11 to the URL', async () => {
    await visit('/compare', {}, async (page) => {
      await waitForCharts(page, 5)
      await page.locator('[data-testid=date-select]').selectOption('2020-11')
      await expect.poll(() => hashQuery(page).get('date')).toBe('2020-11')
      await expect
        .poll(() => texts(page.locator('.chart-panel .panel-title')))
        .toContain('每万人口有效发明专利拥有量 · 截至2020年11月')

      const density = await showTable(page, DENSITY)
      expect(hengyang(density)).toEqual(['7', '衡阳市', '2.6', '件/万人'])
      const count = await showTable(page, COUNT)
      expect(hengyang(count)).toEqual(['5', '衡阳市', '1897', '件'])

      // Reloading the address shows the same table date.
      await page.reload()
      await page.locator('[data-testid=date-select]').waitFor()
      expect(await page.locator('[data-testid=date-select]').inputValue()).toBe('2020-11')
      expect(hashQuery(page).get('date')).toBe('2020-11')
      expect(hengyang(await showTable(page, DENSITY))).toEqual(['7', '衡阳市', '2.6', '件/万人'])
    })
  })

  it('the rank-history table shows 衡阳 7th, 7th, then 6th of 14', async () => {
    await visit('/compare', {}, async (page) => {
      const rows = await showTable(page, HISTORY)
      expect(rows).toEqual([
        ['截至2020年11月', '7 / 14'],
        ['截至2021年2月', '7 / 14'],
        ['截至2025年7月', '6 / 14'],
      ])
    })
  })

  it('shows the note on the differing population bases', async () => {
    await compare(async (page) => {
      const note = page.locator('[data-testid=population-note]')
      expect(await note.isVisible()).toBe(true)
      const t = await text(note)
      expect(t).toContain('730.06 万人')
      expect(t).toContain('643.43 万人')
      expect(t).toContain('不可严格比较')
    })
  })
})
