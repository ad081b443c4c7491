import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import type { Page } from 'playwright-core'
import { waitForCharts } from './browser'
import { text, texts, useBrowser, visit, waitForView } from './app'

useBrowser()

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8')
const gbk = (name: string) => iconv.encode(fixture(name), 'gbk')
const kpiValue = (page: Page, indicator: string) =>
  text(page.locator(`.kpi[data-indicator="${indicator}"] [data-testid=kpi-value]`))

async function choose(page: Page, name: string, buffer: Buffer) {
  await page.setInputFiles('[data-testid=import-input]', { name, mimeType: 'text/csv', buffer })
  const card = page.locator(`.import-item[data-file="${name}"]`)
  await card.locator('[data-testid=diff]').waitFor({ timeout: 20_000 })
  return card
}

async function goTo(page: Page, hash: string) {
  await page.evaluate((h) => (location.hash = h), hash)
  await waitForView(page)
}

describe('importing a GBK table with indicators as rows', () => {
  it('previews it, imports it, shows 2023 on the overview with its YoY, and keeps it after a reload', async () => {
    await visit('/import', {}, async (page) => {
      const card = await choose(page, 'synthetic-hengyang-2023.csv', gbk('synthetic-hengyang-2023.csv'))
      expect(await text(card.locator('[data-testid=encoding]'))).toBe('GB18030 / GBK')
      expect(await text(card.locator('[data-testid=shape]'))).toBe('指标为行、时期为列')
      expect(await text(card.locator('[data-testid=figure-count]'))).toBe('6')
      expect(await text(card.locator('[data-testid=diff-added]'))).toBe('新增 3')
      expect(await text(card.locator('[data-testid=diff-unchanged]'))).toBe('不变 3')
      expect(await text(card.locator('[data-testid=problems]'))).toContain('未发现问题')

      await card.locator('[data-testid=import-commit]').click()
      await card.locator('[data-testid=imported]').waitFor()
      expect(await texts(page.locator('[data-testid=import-history] li .history-name'))).toEqual([
        'synthetic-hengyang-2023.csv',
      ])

      await goTo(page, '#/')
      await waitForCharts(page, 1)
      expect(await kpiValue(page, 'patent_grants')).toBe('5600')
      const grants = page.locator('.kpi[data-indicator="patent_grants"]')
      expect(await text(grants.locator('.kpi-period'))).toBe('2023年')
      expect(await text(grants.locator('.kpi-change'))).toBe('同比 +8%（5183件）')
      expect(await text(page.locator('.kpi[data-indicator="valid_trademarks"] .kpi-change'))).toBe(
        '同比 +7.4%（59590件）',
      )

      await page.reload()
      await waitForView(page)
      await waitForCharts(page, 1)
      expect(await kpiValue(page, 'patent_grants')).toBe('5600')

      // Undo takes it back: the published 2022 figure leads again.
      await goTo(page, '#/import')
      await page.locator('[data-testid=import-undo]').click()
      await page.locator('[data-testid=import-history] li').waitFor({ state: 'detached' })
      await goTo(page, '#/')
      expect(await kpiValue(page, 'patent_grants')).toBe('5183')
    })
  })
})

describe('a broken file', () => {
  it('lists its problems by Excel row and column, cannot be imported as it is, and changes nothing', async () => {
    await visit('/import', {}, async (page) => {
      const card = await choose(page, 'broken-long.csv', gbk('broken-long.csv'))
      const problems = card.locator('[data-testid=problems] li')
      expect(
        await problems.evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-row'), e.getAttribute('data-column')]),
        ),
      ).toEqual([
        ['badValue', '3', '4'],
        ['negativeCount', '4', '4'],
        ['unknownRegion', '5', '1'],
        ['badPeriod', '6', '2'],
        ['duplicateConflict', '7', '4'],
      ])
      expect(await text(problems.first())).toBe('第 3 行 D 列 不是数字：“四十二”')
      expect(await card.locator('[data-testid=import-commit]').count()).toBe(0)
      expect(await text(card.locator('[data-testid=import-blocked]'))).toContain('文件有错误')

      await goTo(page, '#/')
      expect(await kpiValue(page, 'patent_grants')).toBe('5183')
      expect(await kpiValue(page, 'pct_applications')).toBe('42')
      expect(await kpiValue(page, 'invention_grants')).toBe('781')
    })
  })

  it('can import only its rows without errors, when the analyst chooses so', async () => {
    await visit('/import', {}, async (page) => {
      const csv = '地区,时期,指标,数值\n衡阳市,2023,专利授权量,5600\n衡阳市,2023,PCT国际专利申请量,四十五\n'
      const card = await choose(page, 'partly-broken.csv', iconv.encode(csv, 'gbk'))
      const valid = card.locator('[data-testid=import-valid]')
      expect(await text(valid)).toBe('只导入无错误的行（1 个数字）')
      await valid.click()
      await card.locator('[data-testid=imported]').waitFor()
      await goTo(page, '#/')
      expect(await kpiValue(page, 'patent_grants')).toBe('5600')
      expect(await kpiValue(page, 'pct_applications')).toBe('42')
    })
  })

  it('refuses a zip named .csv, known by its bytes, as no workbook', async () => {
    await visit('/import', {}, async (page) => {
      const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, ...new Array(64).fill(0)])
      await page.setInputFiles('[data-testid=import-input]', { name: '统计表.csv', mimeType: 'text/csv', buffer: zip })
      const refused = page.locator('[data-testid=refused]')
      await refused.waitFor()
      expect(await text(refused)).toBe('这不是 Excel 工作簿：它是压缩包或其他文档，里面没有工作表。已有数据未改动。')
    })
  })
})
