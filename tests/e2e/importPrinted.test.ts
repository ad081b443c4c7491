import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import type { Page } from 'playwright-core'
import { text, useBrowser, visit } from './app'

useBrowser()

const gbk = (name: string) =>
  iconv.encode(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8'), 'gbk')

/** Drops a file on the import page's drop zone, as an analyst drags one from the desktop. */
async function drop(page: Page, name: string, bytes: Buffer) {
  await page.evaluate(
    ({ name, bytes }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }))
      document
        .querySelector('.drop-zone')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    },
    { name, bytes: [...bytes] },
  )
  const card = page.locator(`.import-item[data-file="${name}"]`)
  await card.locator('[data-testid=diff]').waitFor({ timeout: 60_000 })
  return card
}

describe('the province’s table as printed, units on a second header row', () => {
  it('maps 常住人口 and 专利密度 to the catalogue, asks for no new indicator, and checks 排名', async () => {
    await visit('/import', {}, async (page) => {
      const card = await drop(page, 'printed-valid-invention-2020-11.csv', gbk('printed-valid-invention-2020-11.csv'))
      expect(await card.locator('[data-testid=unknown-names]').count()).toBe(0)
      const chosen = await card
        .locator('[data-testid=mapping] tbody tr')
        .evaluateAll((rows: HTMLTableRowElement[]) =>
          rows.map((r) => [
            r.cells[1]?.firstChild?.textContent?.trim() ?? '',
            r.querySelector<HTMLSelectElement>('td:nth-child(4) select')?.selectedOptions[0]?.textContent?.trim() ?? '',
          ]),
        )
      expect(chosen.slice(8)).toEqual([
        ['常住人口(万人)', '常住人口'],
        ['专利密度(件/万人)', '每万人口有效发明专利拥有量'],
        ['排名', ''],
      ])
      expect(await text(card.locator('[data-testid=column-ranks]'))).toBe('与 J 列核对')
      expect(await text(card.locator('[data-testid=problems]'))).toContain('未发现问题')
      // The published data has all 142 figures of this table (14 cities × 9, 其 他 7, 全 省 9): none new or changed.
      expect(await text(card.locator('[data-testid=diff-unchanged]'))).toBe('不变 142')
      expect(await card.locator('[data-testid=import-commit]').isEnabled()).toBe(true)

      const broken = await drop(page, 'broken-rank-2021-02.csv', gbk('broken-rank-2021-02.csv'))
      const warning = broken.locator('[data-testid=problems] li[data-code=rankMismatch]')
      expect(await text(warning)).toBe('第 7 行 K 列 排名为 6，但按本表“专利密度(件/万人)”应为第 7 名')
      expect(await broken.locator('[data-testid=import-commit]').isEnabled()).toBe(true)
    })
  })
})

describe('a county table whose row labels print period, indicator and unit', () => {
  it('reads 2023年专利授权量（件） across 衡阳’s 12 counties as the catalogue’s figures, asking for nothing', async () => {
    await visit('/import', {}, async (page) => {
      const name = 'hengyang-counties-2023-labels.csv'
      const card = await drop(page, name, gbk(name))
      expect(await card.locator('[data-testid=unknown-names]').count()).toBe(0)
      expect(await text(card.locator('[data-testid=problems]'))).toContain('未发现问题')
      expect(await text(card.locator('[data-testid=figure-count]'))).toBe('36')
      expect(await text(card.locator('[data-testid=diff-added]'))).toBe('新增 36')
      const sample = await card
        .locator('.figure-sample tbody tr')
        .evaluateAll((rows: HTMLTableRowElement[]) =>
          rows.map((r) => [...r.cells].map((c) => c.textContent?.trim() ?? '')),
        )
      expect(sample.slice(0, 2)).toEqual([
        ['3', '珠晖区', '2023年', '专利授权量', '412', '件'],
        ['3', '雁峰区', '2023年', '专利授权量', '268', '件'],
      ])
      expect(await card.locator('[data-testid=import-commit]').isEnabled()).toBe(true)
    })
  })
})
