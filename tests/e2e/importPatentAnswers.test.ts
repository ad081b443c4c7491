import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { text, useBrowser, visit } from './app'

useBrowser()

const fixture = (name: string) => readFileSync(new URL(`../fixtures/patents/${name}`, import.meta.url))
const expected = JSON.parse(fixture('expected.json').toString('utf8')) as {
  byCounty: Record<string, { records: number }>
  unplaced: number
}
// The CNIPA list with one status word the reader does not know: 程序中止 (proceedings suspended).
const NAME = '衡阳专利检索结果.csv'
const list = Buffer.from(fixture('cnipa-documents.csv').toString('utf8').replaceAll(',专利权维持,', ',程序中止,'))
const ADDRESS = '湖南省衡阳市示例大道14号'

async function drop(page: Page): Promise<Locator> {
  await page.setInputFiles('[data-testid=import-input]', { name: NAME, mimeType: 'text/csv', buffer: list })
  const preview = page.locator(`.import-item[data-file="${NAME}"] [data-testid=patent-preview]`)
  await preview.waitFor({ timeout: 60_000 })
  return preview
}

/** Waits for the preview, read again, to show `value` in `selector`. */
async function shows(preview: Locator, selector: string, value: string) {
  await expect.poll(() => text(preview.locator(selector)), { timeout: 60_000 }).toBe(value)
}

const byType = (type: string) => `[data-testid=patent-by-type] [data-type=${type}] dd`
const county = (name: string) => `[data-testid=patent-counties] [data-region="${name}"] b`

describe("a patent list's preview, answered by the analyst", () => {
  it('reads the list again with a status word answered, an address placed and a type overridden, and keeps them', async () => {
    await visit(
      '/import',
      {},
      async (page) => {
        let preview = await drop(page)
        expect(await preview.locator('[data-testid=patent-exported-from]').getAttribute('data-from')).toBe('title')
        const row = preview.locator('[data-testid=patent-status-words] tr[data-word="程序中止"]')
        await row.waitFor()
        const enterprises = Number(await text(preview.locator(byType('enterprise'))))
        await preview.locator('[data-testid=patent-columns] summary').click()
        await preview.screenshot({ path: '/tmp/pedit-asked.png' })

        await row.locator('select').selectOption('valid')
        await preview.locator('[data-testid=patent-status-apply]').click()
        await row.waitFor({ state: 'detached', timeout: 60_000 })
        await shows(preview, byType('research'), '23')
        expect(Number(await text(preview.locator(byType('enterprise'))))).toBeGreaterThan(enterprises)
        await shows(preview, byType('enterprise'), '88')

        const unplaced = preview.locator(`[data-testid=patent-place-words] tr[data-address="${ADDRESS}"]`)
        await unplaced.locator('[data-testid=place-words]').fill('示例大道14号')
        await unplaced.locator('[data-testid=place-target]').selectOption('county:石鼓区')
        await unplaced.locator('[data-testid=place-add]').click()
        await shows(preview, county('石鼓区'), String((expected.byCounty['石鼓区']?.records ?? 0) + 23))
        expect(await preview.locator('[data-testid=patent-unplaced]').getAttribute('data-n')).toBe(
          String(expected.unplaced - 23),
        )
        await preview.locator('[data-testid=place-lookup-edited]').waitFor()

        const applicant = preview.locator('[data-testid=patent-top-applicants] tr[data-name="虚构冶金研究院"]')
        await applicant.locator('[data-testid=applicant-type]').selectOption('enterprise')
        await shows(preview, byType('research'), '0')
        await shows(preview, byType('enterprise'), '111')
        await preview.locator('[data-testid=patent-status-kept]').scrollIntoViewIfNeeded()
        await page.screenshot({ path: '/tmp/pedit-preview.png' })
        await preview.screenshot({ path: '/tmp/pedit-preview-whole.png' })

        // The answers are kept in this browser: the next import of a list is read with them.
        await page.reload()
        await page.locator('[data-testid=import-input]').waitFor()
        preview = await drop(page)
        await shows(preview, byType('enterprise'), '111')
        await shows(preview, county('石鼓区'), String((expected.byCounty['石鼓区']?.records ?? 0) + 23))
        expect(await preview.locator('[data-testid=patent-status-words] tr[data-word]').count()).toBe(0)
      },
      { width: 1440, height: 900 },
    )
  })
})
