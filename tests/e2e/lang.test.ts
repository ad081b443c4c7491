import { describe, expect, it } from 'vitest'
import { waitForCharts } from './browser'
import { hashPath, hashQuery, text, texts, useBrowser, visit, waitForView } from './app'

useBrowser()

const kpi = (indicator: string) => `.kpi[data-indicator="${indicator}"]`
const htmlLang = () => document.documentElement.lang

describe('language (?lang=en)', () => {
  it('shows the overview in English with English number formatting', async () => {
    await visit('/', { lang: 'en' }, async (page) => {
      expect(await page.evaluate(htmlLang)).toBe('en')
      expect(await text(page.locator('main .view-title'))).toBe('Hengyang: headline IP figures')
      const grants = page.locator(kpi('patent_grants'))
      expect(await text(grants.locator('.kpi-name'))).toBe('Patent grants')
      expect(await text(grants.locator('[data-testid=kpi-value]'))).toBe('5,183')
      const valid = page.locator(kpi('valid_invention_patents'))
      expect(await text(valid.locator('.kpi-name'))).toBe('Valid invention patents')
      expect(await text(valid.locator('[data-testid=kpi-value]'))).toBe('4,558')
      expect(await text(valid.locator('.kpi-period'))).toBe('as of Jul 2025')
      expect(await text(valid.locator('.kpi-change'))).toBe('vs end of 2022 +43.5% (3,176)')
      expect(await text(page.locator(`${kpi('valid_trademarks')} [data-testid=kpi-value]`))).toBe('59,590')
      expect(await text(page.locator(`${kpi('invention_patents_per_10k')} .kpi-unit`))).toBe('per 10k people')

      await waitForCharts(page, 1)
      const panel = page.locator('.chart-panel')
      expect(await text(panel.locator('.panel-title'))).toBe('Hengyang · Valid invention patents')
      expect(await texts(panel.locator('.panel-tools button'))).toEqual(['Table', 'PNG', 'CSV', 'Excel'])
      expect(await text(page.locator('[data-testid=rank-summary] .rank-number'))).toBe('No. 6')
      // innerText, so a space lost in rendering ("No. 6of 14 cities") is caught
      expect(await page.locator('[data-testid=rank-summary] .rank-now').innerText()).toBe('No. 6 of 14 cities')
      expect(await text(page.locator('[data-testid=bulletin-panel] .panel-title'))).toBe('What the office did')
      expect(await text(page.locator('[data-testid=bulletin-panel] .event-list time').first())).toBe('20 Apr 2023')
      expect(await text(page.locator('[data-testid=lang-toggle]'))).toBe('中文')
      expect(await page.locator('[data-testid=region-select] option:checked').textContent()).toBe('Hengyang')

      // No Chinese UI strings in the KPI cards (names, periods, comparisons).
      expect(await page.locator('.kpi-grid').innerText()).not.toMatch(/[件年月较]/)
    })
  })

  it('the language toggle switches to Chinese and removes lang from the URL, keeping the other parameters', async () => {
    await visit('/', { lang: 'en', indicator: 'patent_grants' }, async (page) => {
      const toggle = page.locator('[data-testid=lang-toggle]')
      expect(await toggle.getAttribute('lang')).toBe('zh-CN')
      await toggle.click()

      await expect.poll(() => hashQuery(page).has('lang')).toBe(false)
      expect(hashQuery(page).get('indicator')).toBe('patent_grants')
      await expect.poll(() => page.evaluate(htmlLang)).toBe('zh-CN')
      await expect.poll(() => text(page.locator(`${kpi('patent_grants')} .kpi-name`))).toBe('专利授权量')
      expect(await text(page.locator(`${kpi('patent_grants')} [data-testid=kpi-value]`))).toBe('5183')
      expect(await text(page.locator(`${kpi('valid_invention_patents')} .kpi-period`))).toBe('截至2025年7月')
      expect(await text(page.locator('.chart-panel .panel-title'))).toBe('衡阳市 · 专利授权量趋势')
      expect(await text(toggle)).toBe('English')
      expect(await toggle.getAttribute('lang')).toBe('en')

      // And back again.
      await toggle.click()
      await expect.poll(() => hashQuery(page).get('lang')).toBe('en')
      await expect.poll(() => text(page.locator(`${kpi('patent_grants')} .kpi-name`))).toBe('Patent grants')
      expect(await page.evaluate(htmlLang)).toBe('en')
    })
  })

  it('the Chinese page has lang zh-CN and no lang parameter', async () => {
    await visit('/', {}, async (page) => {
      expect(await page.evaluate(htmlLang)).toBe('zh-CN')
      expect(await text(page.locator('[data-testid=lang-toggle]'))).toBe('English')
      expect(hashQuery(page).has('lang')).toBe(false)
    })
  })

  it('names the page and the header after the manifest’s home region, in the reader’s language', async () => {
    await visit('/', {}, async (page) => {
      await expect.poll(() => page.title()).toBe('衡阳市知识产权统计')
      expect(await text(page.locator('.brand strong'))).toBe('衡阳市知识产权统计')
      await page.locator('[data-testid=lang-toggle]').click()
      await expect.poll(() => page.title()).toBe('Hengyang IP Statistics')
      expect(await text(page.locator('.brand strong'))).toBe('Hengyang IP Statistics')
    })
  })

  it('navigation links keep lang=en (and the region) from page to page', async () => {
    await visit('/', { lang: 'en', region: '衡阳市' }, async (page) => {
      const nav = page.locator('.app-header nav')
      const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      expect(hrefs).toHaveLength(6)
      for (const href of hrefs) expect(href).toContain('lang=en')
      expect(await texts(nav.locator('a'))).toEqual([
        'Overview',
        'Hunan cities',
        'Map',
        'Innovators',
        'Bulletins',
        'Import',
      ])

      await nav.getByRole('link', { name: 'Hunan cities' }).click()
      await expect.poll(() => hashPath(page)).toBe('/compare')
      await waitForView(page)
      expect(hashQuery(page).get('lang')).toBe('en')
      expect(hashQuery(page).get('region')).toBe('衡阳市')
      await expect.poll(() => text(page.locator('main .view-title'))).toBe('Hunan’s cities compared')
      expect(await page.evaluate(htmlLang)).toBe('en')
      expect(await text(page.locator('[data-testid=population-note]'))).toContain('7.3006 million')

      await nav.getByRole('link', { name: 'Bulletins' }).click()
      await expect.poll(() => hashPath(page)).toBe('/bulletins')
      await waitForView(page)
      expect(hashQuery(page).get('lang')).toBe('en')
      await expect.poll(() => text(page.locator('main .view-title'))).toBe('Bulletins')
      expect(await text(page.locator('.timeline-item time').first())).toBe('20 Apr 2023')

      await nav.getByRole('link', { name: 'Overview' }).click()
      await expect.poll(() => hashPath(page)).toBe('/')
      expect(hashQuery(page).get('lang')).toBe('en')
      await expect.poll(() => text(page.locator(`${kpi('patent_grants')} .kpi-name`))).toBe('Patent grants')
    })
  })

  it('the compare page toggles language without losing the chosen date', async () => {
    await visit('/compare', { lang: 'en', date: '2020-11' }, async (page) => {
      expect(await page.locator('[data-testid=date-select]').inputValue()).toBe('2020-11')
      expect(await text(page.locator('[data-testid=date-select] option:checked'))).toBe('as of Nov 2020')
      await page.locator('[data-testid=lang-toggle]').click()
      await expect.poll(() => hashQuery(page).has('lang')).toBe(false)
      expect(hashQuery(page).get('date')).toBe('2020-11')
      await expect.poll(() => text(page.locator('[data-testid=date-select] option:checked'))).toBe('截至2020年11月')
      expect(await text(page.locator('main .view-title'))).toBe('湖南省各市州对比')
    })
  })
})
