import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsvRows } from '@/domain/csv/csv'
import { encodePatentFile } from '@/domain/patents/patentFile'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { readPatentList } from '../support/patentRead'
import { openPage, sharedBrowser, waitForCharts } from './browser'
import { OwnServer } from './ownServer'

// A published version with a records file (made from the made-up fixture list): the overview
// shows figures, never records, so it never asks for the file nor for the place lookup.
const server = new OwnServer()
let base = ''

beforeAll(async () => {
  const rows = parseCsvRows(readFileSync('tests/fixtures/patents/cnipa-documents.csv', 'utf8'))
  const { list } = readPatentList(rows, detectPatentList(rows)!, { file: 'cnipa-documents.csv', exported: 20250715 })
  writeFileSync(join(server.dir, 'data', 'patents.bin'), encodePatentFile(list))
  server.editData('manifest.json', (text) => JSON.stringify({ ...JSON.parse(text), patents: 'patents.bin' }))
  base = await server.start()
})
afterAll(async () => {
  await server.stop()
})

describe('the overview and the patent records', () => {
  it('loads without downloading the records file or the place lookup', async () => {
    const asked: string[] = []
    const { page, close } = await openPage(await sharedBrowser(), base, undefined, (context) => {
      context.on('request', (r) => asked.push(new URL(r.url()).pathname))
      return Promise.resolve()
    })
    try {
      await waitForCharts(page, 1)
      await page.waitForLoadState('networkidle')
      expect(asked).toContain('/data/observations.csv')
      expect(asked.filter((p) => /\/data\/(patents\.bin|places\.csv)$/.test(p))).toEqual([])
    } finally {
      await close()
    }
  })

  it('leads from a KPI card and from a county on the map to the drill-through, ranked and placed as they are', async () => {
    const { page, close } = await openPage(await sharedBrowser(), base)
    try {
      await waitForCharts(page, 1)
      // A card of a figure the records make links; one they do not make does not.
      expect(await page.locator('.kpi[data-indicator=pct_applications] .kpi-drill').count()).toBe(0)
      await page.locator('.kpi[data-indicator=patent_grants] .kpi-drill').click()
      await page.locator('[data-testid=applicant-row]').first().waitFor({ timeout: 60_000 })
      expect(await page.locator('[data-testid=innovators-by]').inputValue()).toBe('grants')
      expect(await page.locator('[data-testid=innovators-year]').inputValue()).toBe('2022')
      expect(await page.locator('[data-testid=region-open][aria-pressed=true]').getAttribute('data-region')).toBe(
        '衡阳市',
      )

      await page.evaluate(() => (location.hash = '#/map?region=衡阳市&indicator=valid_invention_patents'))
      const county = page.locator('[data-testid=map-tiles] li[data-region="蒸湘区"] a')
      await county.focus()
      await page.keyboard.press('Enter')
      await page.locator('[data-testid=applicant-row]').first().waitFor({ timeout: 60_000 })
      expect(await page.locator('[data-testid=innovators-region]').inputValue()).toBe('蒸湘区')
      expect(await page.locator('[data-testid=region-open][aria-pressed=true]').getAttribute('data-region')).toBe(
        '蒸湘区',
      )
      expect(await page.locator('[data-testid=innovators-by]').inputValue()).toBe('validInventions')
    } finally {
      await close()
    }
  }, 180_000)
})
