import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import type { Page } from 'playwright-core'
import { text, texts, useBrowser, visit, waitForView } from './app'
import { tempFile } from '../support/tempFile'

useBrowser()

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8')

async function choose(page: Page, name: string, content: string | Buffer) {
  await page.setInputFiles('[data-testid=import-input]', {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  })
  const card = page.locator(`.import-item[data-file="${name}"]`)
  await card.locator('[data-testid=diff]').waitFor({ timeout: 20_000 })
  return card
}

const goTo = async (page: Page, hash: string) => {
  await page.evaluate((h) => (location.hash = h), hash)
  await waitForView(page)
}
const history = (page: Page) => texts(page.locator('[data-testid=import-history] li .history-name'))

describe('storage failures', () => {
  it('a full disk is reported in Chinese and loses nothing imported before', async () => {
    await visit('/import', {}, async (page) => {
      const first = await choose(page, 'periods.csv', fixture('hengyang-periods-as-rows.csv'))
      await first.locator('[data-testid=import-commit]').click()
      await first.locator('[data-testid=imported]').waitFor()

      // From now on every IndexedDB write fails as a full disk does.
      await page.evaluate(() => {
        IDBObjectStore.prototype.put = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        }
      })
      const second = await choose(page, 'synthetic.csv', fixture('synthetic-hengyang-2023.csv'))
      await second.locator('[data-testid=import-commit]').click()
      const alert = page.locator('[data-testid=storage-failed]')
      await alert.waitFor()
      expect(await text(alert)).toBe('无法保存到浏览器存储（存储空间已满），已有数据未受影响。')
      expect(await second.locator('[data-testid=imported]').count()).toBe(0)
      expect(await history(page)).toEqual(['periods.csv'])

      await page.reload()
      await waitForView(page)
      await page.locator('[data-testid=import-history] li').first().waitFor()
      expect(await history(page)).toEqual(['periods.csv'])
      await goTo(page, '#/')
      expect(await text(page.locator('.kpi[data-indicator="patent_grants"] [data-testid=kpi-value]'))).toBe('5183')
    })
  })
})

describe('two imports committed at the same moment', () => {
  it('both stay in the history after a reload', async () => {
    await visit('/import', {}, async (page) => {
      const a = await choose(page, 'periods.csv', fixture('hengyang-periods-as-rows.csv'))
      const b = await choose(page, 'synthetic.csv', fixture('synthetic-hengyang-2023.csv'))
      // Both clicks in one task: neither save waits for the other to finish.
      await page.evaluate(() => {
        for (const button of document.querySelectorAll<HTMLButtonElement>('[data-testid=import-commit]')) button.click()
      })
      await a.locator('[data-testid=imported]').waitFor()
      await b.locator('[data-testid=imported]').waitFor()
      await page.reload()
      await waitForView(page)
      await page.locator('[data-testid=import-history] li').nth(1).waitFor()
      expect((await history(page)).sort()).toEqual(['periods.csv', 'synthetic.csv'])
    })
  })
})

describe('reading a large file', () => {
  it('shows progress and can be cancelled', async () => {
    await visit('/import', {}, async (page) => {
      const rows = ['region,period,indicator,value']
      for (let i = 0; i < 400_000; i++)
        rows.push(`衡阳市,${1900 + (i % 300)}-${String((i % 12) + 1).padStart(2, '0')},valid_trademarks,${i}`)
      await page.setInputFiles('[data-testid=import-input]', tempFile('big.csv', rows.join('\n')))
      const card = page.locator('.import-item[data-file="big.csv"]')
      await card.locator('[data-testid=import-progress]').waitFor()
      await page.waitForFunction(
        () => Number(document.querySelector<HTMLProgressElement>('[data-testid=import-progress]')?.value ?? 0) > 0,
      )
      await card.locator('[data-testid=import-cancel]').click()
      await page.waitForFunction(
        () => document.querySelector('.import-item[data-file="big.csv"]')?.getAttribute('data-status') === 'cancelled',
      )
      expect(await text(card)).toContain('已取消')
      expect(await history(page)).toEqual([])
    })
  })
})

describe('names the catalogue lacks', () => {
  it('are added in one confirmation, shown as text however they are written, and imported', async () => {
    await visit('/import', {}, async (page) => {
      let dialogs = 0
      page.on('dialog', (d) => {
        dialogs++
        void d.dismiss()
      })
      const hostile = '<img src=x onerror="alert(1)">质押'
      const csv = `指标,2021年,2022年\r\n专利质押登记（项）,12,18\r\n"${hostile.replace(/"/g, '""')}（件）",1,2\r\n`
      const card = await choose(page, 'custom.csv', iconv.encode(csv, 'gbk'))
      const unknown = card.locator('[data-testid=unknown-names]')
      expect(await texts(unknown.locator('li'))).toEqual([
        expect.stringContaining('指标“专利质押登记”（第 2 行 1 列，1 处）'),
        expect.stringContaining(`指标“${hostile}”（第 3 行 1 列，1 处）`),
      ])
      expect(await text(card.locator('[data-testid=problems] h3'))).toContain('2 处错误')

      await unknown.locator('[data-testid=accept-names]').click()
      await card.locator('[data-testid=unknown-names]').waitFor({ state: 'detached' })
      expect(await text(card.locator('[data-testid=figure-count]'))).toBe('4')
      expect(await text(card.locator('[data-testid=diff-added]'))).toBe('新增 4')
      await card.locator('[data-testid=import-commit]').click()
      await card.locator('[data-testid=imported]').waitFor()

      await goTo(page, '#/?indicator=' + encodeURIComponent(`custom:${hostile}`))
      const options = await texts(page.locator('[data-testid=indicator-select] option'))
      expect(options).toContain('专利质押登记')
      expect(options).toContain(hostile)
      expect(await page.locator('.chart-panel .panel-title').textContent()).toBe(`衡阳市 · ${hostile}趋势`)
      await page.locator('.chart-panel').getByRole('button', { name: '表格' }).click()
      await page.locator('.data-table tbody td').first().waitFor()
      expect(await texts(page.locator('.data-table tbody td:nth-child(2)'))).toEqual(['1', '2'])
      expect(await page.locator('img').count()).toBe(0)
      expect(dialogs).toBe(0)
    })
  })
})

describe('a table with no period anywhere', () => {
  it('asks for it, and imports once the analyst enters it', async () => {
    await visit('/import', {}, async (page) => {
      const body = fixture('city-valid-invention-2025-07.csv')
        .split('\r\n')
        .slice(1)
        .join('\r\n')
        .replace('有效发明专利量', '有效发明专利')
      const card = await choose(page, '各市州数据.csv', body)
      const problems = card.locator('[data-testid=problems] li')
      expect(await problems.first().getAttribute('data-code')).toBe('missingPeriod')
      expect(await card.locator('[data-testid=import-commit]').count()).toBe(0)

      await card.locator('[data-testid=mapping-period]').fill('2025-07')
      await card.locator('[data-testid=mapping-period]').dispatchEvent('change')
      await card.locator('[data-testid=mapping-apply]').click()
      await page.waitForFunction(() =>
        document.querySelector('.import-item [data-testid=problems] h3')?.textContent?.includes('未发现问题'),
      )
      expect(await text(card.locator('[data-testid=diff-unchanged]'))).toBe('不变 142')
    })
  })
})
