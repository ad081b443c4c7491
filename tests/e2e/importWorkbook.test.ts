import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import * as XLSX from '@e965/xlsx'
import type { Locator, Page } from 'playwright-core'
import { waitForCharts } from './browser'
import { text, texts, useBrowser, visit } from './app'
import { loadEmbedded } from '../support/embedded'

useBrowser()

const workbook = (name: string) => readFileSync(new URL(`../fixtures/workbooks/${name}`, import.meta.url))
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function choose(page: Page, name: string, buffer: Buffer = workbook(name)) {
  await page.setInputFiles('[data-testid=import-input]', { name, mimeType: XLSX_TYPE, buffer })
}

/** The card of one sheet, once it is checked. */
async function sheetCard(page: Page, file: string, sheet: string) {
  const card = page.locator(`.import-item[data-file="${file}"][data-sheet="${sheet}"]`)
  await card.waitFor({ timeout: 60_000 })
  return card
}

async function downloadFrom(page: Page, button: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()])
  expect(await download.failure()).toBeNull()
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) }
}

describe('importing a workbook', () => {
  it.each([
    ['hengyang-city.xlsx', 'Excel 工作簿（.xlsx）'],
    ['hengyang-city.xls', 'Excel 97–2003 工作簿（.xls）'],
  ])('%s: its sheet is a table of its own, read as Excel shows it, and imports', async (name, format) => {
    await visit('/import', {}, async (page) => {
      await choose(page, name)
      const card = await sheetCard(page, name, '衡阳市')
      expect(await text(card.locator('.panel-title'))).toBe(`${name} · 衡阳市`)
      expect(await text(card.locator('[data-testid=workbook-format]'))).toBe(format)
      // 2022, and the months stored as dates shown 2022年10月 and 2025年7月: eight published figures.
      expect(await text(card.locator('[data-testid=figure-count]'))).toBe('8')
      expect(await text(card.locator('[data-testid=problems]'))).toContain('未发现问题')
      expect(await text(card.locator('[data-testid=hidden-cells] [data-kind=columns]'))).toBe(
        '隐藏的列（已照常读取）：衡阳市!D:D',
      )
      await card.locator('[data-testid=import-commit]').click()
      await card.locator('[data-testid=imported]').waitFor()
      expect(await texts(page.locator('[data-testid=import-history] li .history-name'))).toEqual([`${name} · 衡阳市`])
    })
  })

  it('a workbook of several sheets: a table per sheet, the notes sheet skipped with why, problems named sheet!cell', async () => {
    await visit('/import', {}, async (page) => {
      await choose(page, 'hunan-tables.xlsx')
      await sheetCard(page, 'hunan-tables.xlsx', '衡阳市')
      const sheets = await page
        .locator('.import-item[data-file="hunan-tables.xlsx"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')))
      expect(sheets).toEqual(['2025年7月', '2023年8月', '衡阳市', '说明'])
      const notes = await sheetCard(page, 'hunan-tables.xlsx', '说明')
      expect(await text(notes.locator('[data-testid=sheet-skipped]'))).toBe(
        '工作表“说明”已跳过：其中没有带数字的表格。',
      )
      expect(
        await text(
          (await sheetCard(page, 'hunan-tables.xlsx', '衡阳市')).locator('[data-testid=hidden-cells] [data-kind=rows]'),
        ),
      ).toBe('隐藏的行（已照常读取）：衡阳市!2:2')
      // The province's printed tables, units on their own header rows, read without a problem.
      for (const sheet of ['2025年7月', '2023年8月'])
        expect(
          await text((await sheetCard(page, 'hunan-tables.xlsx', sheet)).locator('[data-testid=problems]')),
        ).toContain('未发现问题')
    })
  })

  it('names a problem by the cell Excel shows: a typo in 衡阳’s grants is 2023年8月!B8', async () => {
    await visit('/import', {}, async (page) => {
      await choose(page, 'hunan-grants-typo.xlsx')
      const grants = await sheetCard(page, 'hunan-grants-typo.xlsx', '2023年8月')
      const where = await grants.locator('[data-testid=problems] li strong').allTextContents()
      expect(where).toContain('2023年8月!B8')
      for (const w of where) expect(w).toMatch(/^2023年8月!([A-L]\d+|\d+:\d+)$/)
    })
  })

  it('the analyst can leave a sheet out and import the others', async () => {
    await visit('/import', {}, async (page) => {
      await choose(page, 'hunan-tables.xls')
      const left = await sheetCard(page, 'hunan-tables.xls', '2023年8月')
      expect(await text(left.locator('[data-testid=import-discard]'))).toBe('不导入此工作表')
      await left.locator('[data-testid=import-discard]').click()
      await left.waitFor({ state: 'detached' })
      const city = await sheetCard(page, 'hunan-tables.xls', '衡阳市')
      await city.locator('[data-testid=import-commit]').click()
      await city.locator('[data-testid=imported]').waitFor()
      expect(await texts(page.locator('[data-testid=import-history] li .history-name'))).toEqual([
        'hunan-tables.xls · 衡阳市',
      ])
    })
  })

  it('names a skipped sheet and why in English too', async () => {
    await visit('/import', { lang: 'en' }, async (page) => {
      await choose(page, 'hunan-tables.xls')
      const notes = await sheetCard(page, 'hunan-tables.xls', '说明')
      expect(await text(notes.locator('[data-testid=sheet-skipped]'))).toBe(
        'Sheet “说明” skipped: it holds no table of figures.',
      )
    })
  })
})

describe('files that are no workbook to read', () => {
  it.each([
    ['report.pdf', 'notText', '这不是可导入的表格文件（看起来是 PDF）'],
    ['not-a-workbook.zip', 'notWorkbook', '这不是 Excel 工作簿'],
    ['hengyang-city-password.xlsx', 'encrypted', '这个工作簿设有打开密码（已加密），无法读取'],
    ['corrupt.xlsx', 'corrupt', '这个 Excel 工作簿（.xlsx） 已损坏'],
  ])('%s is refused by name (%s) and nothing changes', async (name, reason, message) => {
    await visit('/import', {}, async (page) => {
      await choose(page, name)
      const refused = page.locator(`.import-item[data-file="${name}"] [data-testid=refused]`)
      await refused.waitFor({ timeout: 60_000 })
      expect(await refused.getAttribute('data-reason')).toBe(reason)
      expect(await text(refused)).toContain(message)
      expect(await page.locator('[data-testid=import-history] li').count()).toBe(0)
    })
  })
})

describe('a large workbook', () => {
  it('shows its progress and can be cancelled; the next workbook reads as usual', async () => {
    // 120,000 rows of the province's real table, repeated: big enough that reading takes a while.
    const rows = [['地区', '时期', '指标', '数值']]
    for (let i = 0; i < 120_000; i++) rows.push(['衡阳市', '2022', '有效发明专利量', '3176'])
    const big = Buffer.from(
      XLSX.write(
        { SheetNames: ['大表'], Sheets: { 大表: XLSX.utils.aoa_to_sheet(rows) } },
        { bookType: 'xlsx', type: 'array', compression: true },
      ) as ArrayBuffer,
    )
    await visit('/import', {}, async (page) => {
      await choose(page, 'big.xlsx', big)
      const card = page.locator('.import-item[data-file="big.xlsx"]')
      await card.locator('[data-testid=import-progress]').waitFor()
      await card.locator('[data-testid=import-cancel]').click()
      await expect.poll(() => card.getAttribute('data-status'), { timeout: 60_000 }).toBe('cancelled')
      await choose(page, 'hengyang-city.xlsx')
      const city = await sheetCard(page, 'hengyang-city.xlsx', '衡阳市')
      expect(await text(city.locator('[data-testid=figure-count]'))).toBe('8')
    })
    // A 120,000-row workbook written here and read in the page: on a busy machine, minutes.
  }, 180_000)
})

describe('exporting a workbook', () => {
  it('all figures: opened again, it holds every figure with unit, status and source, and a notes sheet', async () => {
    const { dataset } = loadEmbedded()
    await visit('/import', {}, async (page) => {
      const { name, bytes } = await downloadFrom(page, page.locator('[data-testid=export-workbook]'))
      expect(name).toBe('ip-data.xlsx')
      const book = XLSX.read(bytes, { type: 'buffer' })
      expect(book.SheetNames).toEqual(['数据', '说明'])
      const rows = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets['数据'] ?? {}, { header: 1, defval: '' })
      expect(rows[0]).toEqual(['地区', '时期', '指标', '数值', '单位', '类型', '来源'])
      expect(rows).toHaveLength(dataset.observations.length + 1)
      const grants = rows.find((r) => r[0] === '衡阳市' && r[1] === '2022' && r[2] === '专利授权量')
      const published = dataset.seriesOf('衡阳市', 'patent_grants', 'actual').find((o) => o.periodKey === '2022')
      expect(grants?.slice(3, 7)).toEqual([published?.value, '件', '实际', published?.source])
      const notes = XLSX.utils.sheet_to_json<string[]>(book.Sheets['说明'] ?? {}, { header: 1 }).flat()
      expect(notes[0]).toBe('衡阳市知识产权统计数据')
      expect(notes.join('\n')).toContain(`数字 ${dataset.observations.length} 个`)
      expect(notes.some((n) => n.startsWith('导出日期：'))).toBe(true)
    })
  })

  it('a chart’s table: opened again, it is the table the chart shows', async () => {
    await visit('/', {}, async (page) => {
      await waitForCharts(page, 1)
      const panel = page.locator('.chart-panel').first()
      const { name, bytes } = await downloadFrom(page, panel.locator('[data-testid=chart-export-workbook]'))
      expect(name).toBe('衡阳市-valid_invention_patents.xlsx')
      const book = XLSX.read(bytes, { type: 'buffer' })
      const rows = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets['数据'] ?? {}, { header: 1, raw: false })
      await panel.getByRole('button', { name: '表格' }).click()
      await panel.locator('table tr').first().waitFor()
      const shown = await panel
        .locator('table tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
        )
      expect(rows[0]).toEqual(shown[0])
      expect(rows).toHaveLength(shown.length)
    })
  })
})
