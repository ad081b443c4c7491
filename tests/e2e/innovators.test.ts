import { describe, expect, it } from 'vitest'
import { text, useBrowser, visit } from './app'
import { dropAndConfirm, fixture } from './patentList'

useBrowser()

const expected = JSON.parse(fixture('expected.json').toString('utf8')) as {
  topApplicants: { name: string; validInventions: number }[]
  byCounty: Record<string, { validInventions: number }>
}

describe('the 创新主体 page', () => {
  it('says how to get a patent list when none is loaded', async () => {
    await visit('/applicants', {}, async (page) => {
      const empty = page.locator('[data-testid=innovators-empty]')
      await empty.waitFor()
      expect(await text(empty)).toContain('导入')
      expect(await empty.locator('a').getAttribute('href')).toBe('#/import')
    })
  })

  it('ranks the imported list’s applicants and drills to an applicant’s patents', async () => {
    await visit(
      '/import',
      {},
      async (page) => {
        const { card } = await dropAndConfirm(page, 'cnipa-documents.csv')
        await card.locator('[data-testid=import-commit]').click()
        await card.locator('[data-testid=imported]').waitFor({ timeout: 60_000 })
        // The map's counties show the figures the list gave, and lead to the drill-through.
        await page.evaluate(
          () => (location.hash = '#/map?region=衡阳市&indicator=valid_invention_patents&date=2025-07'),
        )
        const tile = page.locator('[data-testid=map-tiles] li[data-region="蒸湘区"] .tile-value')
        await expect
          .poll(() => text(tile), { timeout: 30_000 })
          .toBe(`${expected.byCounty['蒸湘区']?.validInventions}件`)
        await page.locator('[data-testid=map-applicants]').click()
        const rows = page.locator('[data-testid=applicant-row]')
        await rows.first().waitFor({ timeout: 60_000 })
        const names = await page
          .locator('[data-testid=applicant-open]')
          .evaluateAll((els) => els.map((e) => e.textContent?.trim()))
        expect(names.slice(0, expected.topApplicants.length)).toEqual(expected.topApplicants.map((a) => a.name))
        await page
          .locator('.chart-panel canvas, [data-testid=chart-panel] canvas')
          .first()
          .waitFor({ timeout: 30_000 })
          .catch(() => undefined)
        await page.screenshot({ path: '/tmp/pviews-applicants-1440.png', fullPage: true })
        await page.setViewportSize({ width: 390, height: 844 })
        await page.screenshot({ path: '/tmp/pviews-applicants-390.png', fullPage: true })
        await page.setViewportSize({ width: 1440, height: 900 })

        await page.locator('[data-testid=region-open][data-region="蒸湘区"]').click()
        await page.waitForFunction(() => location.hash.includes('region='))
        await page.locator('[data-testid=applicant-open]').first().click()
        const list = page.locator('[data-testid=patent-list]')
        await list.waitFor({ timeout: 30_000 })
        await list.locator('[data-testid=patent-row]').first().waitFor({ timeout: 30_000 })
        expect(page.url()).toContain('applicant=')
        expect(await text(page.locator('[data-testid=drill-crumbs]'))).toContain('蒸湘区')
        await page.screenshot({ path: '/tmp/pviews-drill-1440.png', fullPage: true })
        await page.setViewportSize({ width: 390, height: 844 })
        await page.screenshot({ path: '/tmp/pviews-drill-390.png', fullPage: true })

        // The screen gets the leading applicants' page once records exist.
        await page.setViewportSize({ width: 1920, height: 1080 })
        await page.evaluate(() => (location.hash = '#/screen?pages=applicants&rotate=600'))
        const first = page.locator('[data-testid=screen-applicant] td').nth(1)
        await expect.poll(() => text(first), { timeout: 60_000 }).toBe(expected.topApplicants[0]?.name)
        await page.screenshot({ path: '/tmp/pviews-screen.png' })
      },
      { width: 1440, height: 900 },
    )
  }, 300_000)
})
