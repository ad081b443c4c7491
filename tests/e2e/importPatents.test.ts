import { describe, expect, it } from 'vitest'
import { text, useBrowser, visit } from './app'
import { dropAndConfirm, fixture } from './patentList'

useBrowser()

const expected = JSON.parse(fixture('expected.json').toString('utf8')) as {
  records: number
  applications: Record<string, Record<string, number>>
  grants: Record<string, Record<string, number>>
  byCounty: Record<string, { records: number; grants2024: number }>
  unplaced: number
  parks: number
  outside: number
}
const TYPES = ['invention', 'utilityModel', 'design'] as const

describe('a patent list dropped on the import page', () => {
  it.each([
    ['cnipa-documents.csv', '专利清单（每行一件文献，同一申请合并）'],
    ['commercial-applications.csv', '专利清单（每行一件申请）'],
  ])('%s: previewed with the known counts, reconciled, and its county figures imported', async (name, layout) => {
    await visit(
      '/import',
      {},
      async (page) => {
        const { card, preview } = await dropAndConfirm(page, name)
        expect(await text(preview.locator('[data-testid=patent-layout]'))).toBe(layout)
        expect(await text(preview.locator('[data-testid=patent-applications]'))).toBe(String(expected.records))
        for (const year of Object.keys(expected.applications).filter((y) => /^\d{4}$/.test(y) && y < '2025')) {
          const row = preview.locator(`[data-testid=patent-years] tr[data-year="${year}"]`)
          for (const type of TYPES) {
            expect([year, type, await text(row.locator(`[data-filed=${type}]`))]).toEqual([
              year,
              type,
              String(expected.applications[year]?.[type] ?? 0),
            ])
            expect([year, type, await text(row.locator(`[data-granted=${type}]`))]).toEqual([
              year,
              type,
              String(expected.grants[year]?.[type] ?? 0),
            ])
          }
        }
        for (const [county, { records }] of Object.entries(expected.byCounty))
          expect([county, await text(preview.locator(`[data-region="${county}"] b`))]).toEqual([
            county,
            String(records),
          ])
        const unplaced = preview.locator('[data-testid=patent-unplaced]')
        expect(await unplaced.getAttribute('data-n')).toBe(String(expected.unplaced))
        expect(await unplaced.getAttribute('data-parks')).toBe(String(expected.parks))
        expect(await preview.locator('[data-testid=patent-outside]').getAttribute('data-n')).toBe(
          String(expected.outside),
        )
        expect(await text(preview.locator('[data-testid=patent-offered]'))).toContain('不会覆盖')
        if (name === 'cnipa-documents.csv') await page.screenshot({ path: '/tmp/pimport-preview.png', fullPage: true })

        await card.locator('[data-testid=import-commit]').click()
        await card.locator('[data-testid=imported]').waitFor({ timeout: 60_000 })
        await page.evaluate(() => (location.hash = '#/?region=%E8%92%B8%E6%B9%98%E5%8C%BA&indicator=patent_grants'))
        await page.locator('[data-testid=region-select]').waitFor()
        await expect
          .poll(() => page.locator('[data-testid=region-select]').inputValue(), { timeout: 30_000 })
          .toBe('蒸湘区')
        await page.waitForFunction(
          (n) => document.body.innerText.includes(n),
          String(expected.byCounty['蒸湘区']?.grants2024),
        )
      },
      { width: 1440, height: 900 },
    )
  })
})
