import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { text, texts, useBrowser, visit } from './app'
import { manyNamesCsv } from '../support/longFile'
import { traceMainThreadTasks } from '../support/longTasks'
import { tempFile } from '../support/tempFile'

useBrowser()

/** Elements in the document: what the page must lay out and keep. */
const domSize = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length)

describe('a 1,000,000-row file naming 10,000 places the catalogue lacks', () => {
  it('is previewed with its names a page at a time, searchable, all added in one action, without freezing', async () => {
    const file = tempFile('townships.csv', manyNamesCsv(1_000_000, 10_000))
    await visit('/import', {}, async (page) => {
      const tasks = await traceMainThreadTasks(page)
      await page.setInputFiles('[data-testid=import-input]', file)
      const card = page.locator('.import-item[data-file="townships.csv"]')
      const unknown = card.locator('[data-testid=unknown-names]')
      await unknown.waitFor({ timeout: 240_000 })
      const names = unknown.locator('li')
      expect(await names.count()).toBe(20)
      expect(await text(unknown.locator('[data-testid=page-range]'))).toBe('第 1–20 项，共 10000 项')
      expect(await text(names.first())).toContain('地区“乡镇1”（第 2 行，100 处）')

      await unknown.locator('[data-testid=page-next]').click()
      await expect.poll(() => text(names.first())).toContain('乡镇21”')

      await unknown.locator('[data-testid=unknown-search]').fill('乡镇999')
      await expect.poll(() => names.count()).toBe(11)
      expect(await texts(names)).toEqual(
        ['乡镇999', ...Array.from({ length: 10 }, (_, i) => `乡镇999${i}`)].map((n) =>
          expect.stringContaining(`“${n}”`),
        ),
      )
      expect(await text(unknown.locator('[data-testid=accept-matching]'))).toContain('11')
      // A page of names, not ten thousand rows: the whole page stays small.
      expect(await domSize(page)).toBeLessThan(1500)

      await unknown.locator('[data-testid=accept-names]').click()
      await unknown.waitFor({ state: 'detached', timeout: 240_000 })
      await card.locator('[data-testid=diff]').waitFor({ timeout: 240_000 })
      expect(await text(card.locator('[data-testid=figure-count]'))).toBe('1000000')
      expect(await card.locator('[data-testid=import-commit]').isEnabled()).toBe(true)
      // CPU time of each main-thread task (see traceMainThreadTasks): what the page did, not how
      // long it waited for a core on a busy machine.
      expect(Math.max(0, ...(await tasks()))).toBeLessThan(200)
    })
  }, 600_000)
})

describe('files beyond what the importer reads', () => {
  it.each([
    [
      '10,000 columns',
      'wide.csv',
      () =>
        Array.from({ length: 30 }, (_, r) =>
          Array.from({ length: 10_000 }, (_, c) => (r === 0 ? `列${c + 1}` : String(c))).join(','),
        ).join('\n'),
      'columns',
      '第 1 行有 10000 列，超出可读取的 2000 列。',
    ],
    [
      'a 50 MB line',
      'one-line.csv',
      () => Buffer.alloc(50 * 1024 * 1024, 'a,'),
      'lineChars',
      '第 1 行超过 4194304 个字符仍未换行',
    ],
  ])(
    '%s: refused with the place it crosses the limit, the page responsive',
    async (_, name, content, limit, message) => {
      const file = tempFile(name, content())
      await visit('/import', {}, async (page) => {
        await page.setInputFiles('[data-testid=import-input]', file)
        const refused = page.locator(`.import-item[data-file="${name}"] [data-testid=refused]`)
        await expect.poll(() => refused.count(), { timeout: 60_000 }).toBe(1)
        expect(await refused.getAttribute('data-limit')).toBe(limit)
        expect(await text(refused)).toContain(message)
        expect(await domSize(page)).toBeLessThan(1000)
        // Still answering: the interface switches language at once.
        await page.locator('[data-testid=lang-toggle]').click()
        await expect.poll(() => text(refused)).toContain('the importer reads')
      })
    },
    180_000,
  )
})
