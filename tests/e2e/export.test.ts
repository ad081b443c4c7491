import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { waitForCharts } from './browser'
import { sharedVisit, useBrowser, visit } from './app'

useBrowser()

const BOM = [0xef, 0xbb, 0xbf]
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Clicks `button` and returns the downloaded file's suggested name and bytes. */
async function downloadFrom(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), button.click()])
  expect(await download.failure()).toBeNull()
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: await readFile(path) }
}

describe('exports from the overview trend chart', () => {
  // The exports of the overview as it opens share one load of it: downloading changes nothing on it.
  const overview = sharedVisit('/')

  it('导出数据 downloads a UTF-8 CSV with BOM holding the figures of the table', async () => {
    await overview(async (page) => {
      await waitForCharts(page, 1)
      const panel = page.locator('.chart-panel')
      const { name, bytes } = await downloadFrom(page, panel.getByRole('button', { name: '导出数据' }))
      expect(name).toBe('衡阳市-valid_invention_patents.csv')
      expect([...bytes.subarray(0, 3)]).toEqual(BOM)

      const csv = bytes.subarray(3).toString('utf8')
      const lines = csv.split('\r\n').filter((l) => l !== '')
      expect(lines[0]).toBe('时期,数值,单位,类型,来源')
      expect(lines).toHaveLength(7)
      expect(csv).toContain('4558')
      expect(lines.find((l) => l.startsWith('截至2025年7月,'))).toMatch(/^截至2025年7月,4558,件,/)
      expect(lines.find((l) => l.startsWith('2019年末,'))).toMatch(/^2019年末,1623,件,/)
    })
  })

  it('the CSV follows the selected indicator and the language', async () => {
    await visit('/', { lang: 'en', indicator: 'patent_grants' }, async (page) => {
      await waitForCharts(page, 1)
      const { name, bytes } = await downloadFrom(
        page,
        page.locator('.chart-panel').getByRole('button', { name: 'CSV' }),
      )
      expect(name).toBe('衡阳市-patent_grants.csv')
      expect([...bytes.subarray(0, 3)]).toEqual(BOM)
      const csv = bytes.subarray(3).toString('utf8')
      const lines = csv.split('\r\n')
      expect(lines[0]).toBe('Period,Value,Unit,Type,Source')
      // Exact numbers, not display text: Excel reads 5183 as a number.
      expect(lines.find((l) => l.startsWith('2022,'))).toMatch(/^2022,5183,items,/)
      expect(csv).not.toContain('4558')
    })
  })

  it('导出图片 downloads a PNG of the chart at twice its on-screen size', async () => {
    await overview(async (page) => {
      await waitForCharts(page, 1)
      const panel = page.locator('.chart-panel')
      const { name, bytes } = await downloadFrom(page, panel.getByRole('button', { name: '导出图片' }))
      expect(name).toBe('衡阳市-valid_invention_patents.png')
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
      expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')

      const chart = await panel.locator('.chart').boundingBox()
      expect(chart).not.toBeNull()
      // pixelRatio 2; a fractional CSS width may round either way
      expect(Math.abs(bytes.readUInt32BE(16) - chart!.width * 2)).toBeLessThanOrEqual(2)
      expect(Math.abs(bytes.readUInt32BE(20) - chart!.height * 2)).toBeLessThanOrEqual(2)
      expect(bytes.readUInt32BE(20)).toBe(720) // height: 360px
      expect(bytes.length).toBeGreaterThan(5000)
    })
  })

  it('exports a compare-view ranking as CSV too', async () => {
    await visit('/compare', {}, async (page) => {
      await waitForCharts(page, 5)
      const panel = page.locator('.chart-panel').first()
      const { name, bytes } = await downloadFrom(page, panel.getByRole('button', { name: '导出数据' }))
      expect(name).toBe('ranking-count-2025-07.csv')
      const csv = bytes.subarray(3).toString('utf8')
      expect(csv.split('\r\n')).toContain('4,衡阳市,4558,件')
    })
  })
})
