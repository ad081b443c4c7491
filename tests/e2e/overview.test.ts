import { describe, expect, it } from 'vitest'
import { waitForCharts } from './browser'
import {
  appUrl,
  hashQuery,
  paintedPixels,
  sharedVisit,
  tableRows,
  text,
  texts,
  useBrowser,
  visit,
  waitForView,
} from './app'

useBrowser()

const kpi = (indicator: string) => `.kpi[data-indicator="${indicator}"]`

describe('overview (#/), 衡阳市, latest figures', () => {
  // The tests that only read the overview as it opens share one load of it.
  const overview = sharedVisit('/')

  it('shows the six headline KPI cards with their values, periods and comparisons', async () => {
    await overview(async (page) => {
      expect(await page.locator('.kpi').count()).toBe(6)
      expect(await texts(page.locator('.kpi [data-testid=kpi-value]'))).toEqual([
        '5183',
        '4558',
        '42',
        '781',
        '7.08',
        '59590',
      ])
      expect(await texts(page.locator('.kpi .kpi-name'))).toEqual([
        '专利授权量',
        '有效发明专利量',
        'PCT国际专利申请量',
        '发明专利授权量',
        '每万人口有效发明专利拥有量',
        '有效注册商标量',
      ])

      const grants = page.locator(kpi('patent_grants'))
      expect(await text(grants.locator('[data-testid=kpi-value]'))).toBe('5183')
      expect(await text(grants.locator('.kpi-period'))).toBe('2022年')

      const valid = page.locator(kpi('valid_invention_patents'))
      expect(await text(valid.locator('[data-testid=kpi-value]'))).toBe('4558')
      expect(await text(valid.locator('.kpi-unit'))).toBe('件')
      expect(await text(valid.locator('.kpi-period'))).toBe('截至2025年7月')
      expect(await text(valid.locator('.kpi-change'))).toBe('较2022年末 +43.5%（3176件）')

      expect(await text(page.locator(`${kpi('invention_patents_per_10k')} .kpi-unit`))).toBe('件/万人')
      expect(await text(page.locator('[data-testid=region-select]').locator('option:checked'))).toBe('衡阳市')
      expect(await page.locator('[data-testid=asof-select]').inputValue()).toBe('latest')
      expect(await text(page.locator('main .view-title'))).toBe('衡阳市知识产权主要指标')
    })
  })

  it('draws the trend chart of valid invention patents on a non-blank canvas', async () => {
    await overview(async (page) => {
      await waitForCharts(page, 1)
      const panel = page.locator('.chart-panel')
      expect(await panel.count()).toBe(1)
      expect(await text(panel.locator('.panel-title'))).toBe('衡阳市 · 有效发明专利量趋势')
      const canvas = panel.locator('.chart canvas')
      const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }))
      expect(size.w).toBeGreaterThan(300)
      expect(size.h).toBeGreaterThan(300)
      await expect.poll(() => paintedPixels(canvas), { timeout: 10_000 }).toBeGreaterThan(2000)
    })
  })

  it('paints the trend chart first, then builds the targets and the side panels in a later frame', async () => {
    await visit('/', {}, async (page) => {
      // From the start of a fresh load: the frame in which each part first appears on the page.
      await page.addInitScript(() => {
        const seen: Record<string, number> = {}
        let frame = 0
        const count = () => {
          frame++
          requestAnimationFrame(count)
        }
        requestAnimationFrame(count)
        const parts = {
          chart: '.chart-panel[data-drawn] canvas',
          targets: '[data-testid=targets]',
          watch: '[data-testid=watch-list]',
        }
        new MutationObserver(() => {
          for (const [name, selector] of Object.entries(parts))
            if (seen[name] === undefined && document.querySelector(selector)) seen[name] = frame
        }).observe(document, { childList: true, subtree: true })
        ;(window as unknown as { seen: typeof seen }).seen = seen
      })
      await page.reload()
      await page.locator('.overview-side:not([aria-busy]) [data-testid=watch-list]').waitFor()
      const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, number> }).seen)
      expect(Object.keys(seen).sort()).toEqual(['chart', 'targets', 'watch'])
      expect(seen.targets).toBeGreaterThan(seen.chart as number)
      expect(seen.watch).toBeGreaterThan(seen.chart as number)
    })
  })

  it('toggles the trend chart to a table of every counted figure, and back', async () => {
    await visit('/', {}, async (page) => {
      await waitForCharts(page, 1)
      const panel = page.locator('.chart-panel')
      const toggle = panel.getByRole('button', { name: '表格' })
      expect(await toggle.getAttribute('aria-pressed')).toBe('false')
      await toggle.click()

      await panel.locator('.data-table').waitFor({ state: 'visible' })
      expect(await panel.locator('.chart canvas').count()).toBe(0)
      expect(await texts(panel.locator('.data-table thead th'))).toEqual(['时期', '数值', '单位', '类型', '来源'])
      const rows = await tableRows(panel)
      const byValue = new Map(rows.map((r) => [r[1], r[0]]))
      expect(byValue.get('1623')).toBe('2019年末')
      expect(byValue.get('3176')).toBe('2022年末')
      expect(byValue.get('4558')).toBe('截至2025年7月')
      // oldest first, newest last
      expect(rows[0]?.slice(0, 3)).toEqual(['2019年末', '1623', '件'])
      expect(rows.at(-1)?.slice(0, 3)).toEqual(['截至2025年7月', '4558', '件'])
      expect(rows.map((r) => r[0])).toEqual([
        '2019年末',
        '截至2020年11月',
        '截至2021年2月',
        '截至2022年10月',
        '2022年末',
        '截至2025年7月',
      ])

      // While the table is shown there is no picture to export.
      expect(await panel.getByRole('button', { name: '导出图片' }).isDisabled()).toBe(true)

      const back = panel.getByRole('button', { name: '图表' })
      expect(await back.getAttribute('aria-pressed')).toBe('true')
      await back.click()
      await waitForCharts(page, 1)
      expect(await panel.locator('.data-table').count()).toBe(0)
    })
  })

  it('selecting the 专利授权量 card puts the indicator in the URL, retitles the chart, and survives a reload', async () => {
    await visit('/', {}, async (page) => {
      await waitForCharts(page, 1)
      const title = page.locator('.chart-panel .panel-title')
      expect(await text(title)).toBe('衡阳市 · 有效发明专利量趋势')
      expect(hashQuery(page).get('indicator')).toBeNull()
      expect(await page.locator(`${kpi('valid_invention_patents')} .kpi-hit`).getAttribute('aria-pressed')).toBe('true')

      await page.locator(`${kpi('patent_grants')} .kpi-hit`).click()
      await expect.poll(() => hashQuery(page).get('indicator')).toBe('patent_grants')
      await expect.poll(() => text(title)).toBe('衡阳市 · 专利授权量趋势')
      expect(await page.locator(`${kpi('patent_grants')} .kpi-hit`).getAttribute('aria-pressed')).toBe('true')
      expect(await page.locator(`${kpi('valid_invention_patents')} .kpi-hit`).getAttribute('aria-pressed')).toBe(
        'false',
      )
      expect(await page.locator(kpi('patent_grants')).getAttribute('class')).toContain('selected')

      const url = page.url()
      await page.reload()
      await waitForView(page)
      await waitForCharts(page, 1)
      expect(page.url()).toBe(url)
      expect(hashQuery(page).get('indicator')).toBe('patent_grants')
      expect(await text(title)).toBe('衡阳市 · 专利授权量趋势')
      expect(await page.locator(`${kpi('patent_grants')} .kpi-hit`).getAttribute('aria-pressed')).toBe('true')

      // The table follows the selected indicator too.
      await page.locator('.chart-panel').getByRole('button', { name: '表格' }).click()
      const rows = await tableRows(page.locator('.chart-panel'))
      expect(rows.map((r) => r.slice(0, 2))).toContainEqual(['2022年', '5183'])
      expect(rows.map((r) => r.slice(0, 2))).toContainEqual(['2023年1—8月', '3018'])
    })
  })

  it('opened with indicator=patent_grants in the address, shows that trend straight away', async () => {
    await visit('/', { indicator: 'patent_grants', region: '衡阳市' }, async (page) => {
      await waitForCharts(page, 1)
      expect(await text(page.locator('.chart-panel .panel-title'))).toBe('衡阳市 · 专利授权量趋势')
    })
  })

  it('asof=2022 shows the end-of-2022 figures and the growth over three years', async () => {
    await visit('/', { asof: '2022' }, async (page) => {
      expect(await page.locator('[data-testid=asof-select]').inputValue()).toBe('2022')
      const valid = page.locator(kpi('valid_invention_patents'))
      expect(await text(valid.locator('[data-testid=kpi-value]'))).toBe('3176')
      expect(await text(valid.locator('.kpi-period'))).toBe('2022年末')
      const extra = await text(valid.locator('.kpi-extra'))
      expect(extra).toContain('×1.96')
      expect(extra).toBe('较3年前（2019年末） ×1.96')
      expect(await text(page.locator(`${kpi('invention_patents_per_10k')} [data-testid=kpi-value]`))).toBe('4.8')
      expect(await text(page.locator(`${kpi('patent_grants')} [data-testid=kpi-value]`))).toBe('5183')
      // Nothing after 2022 leaks in: no Jan–Aug 2023 partial figure.
      expect(await page.locator(`${kpi('patent_grants')} .kpi-extra`).count()).toBe(0)
      // (The trend chart draws the whole series, so its screen-reader description names later figures.)
      const shownText = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement
        copy.querySelectorAll('.chart-description').forEach((d) => d.remove())
        document.body.append(copy)
        const text = copy.innerText
        copy.remove()
        return text
      })
      expect(shownText).not.toContain('3018')
      expect(shownText).not.toContain('4558')
    })
  })

  it('choosing 2022 in the 数据截至 select writes asof=2022 to the URL', async () => {
    await visit('/', {}, async (page) => {
      await page.locator('[data-testid=asof-select]').selectOption('2022')
      await expect.poll(() => hashQuery(page).get('asof')).toBe('2022')
      await expect
        .poll(() => text(page.locator(`${kpi('valid_invention_patents')} [data-testid=kpi-value]`)))
        .toBe('3176')
      await page.locator('[data-testid=asof-select]').selectOption('latest')
      await expect.poll(() => hashQuery(page).has('asof')).toBe(false)
      await expect
        .poll(() => text(page.locator(`${kpi('valid_invention_patents')} [data-testid=kpi-value]`)))
        .toBe('4558')
    })
  })

  it('the 全省排名 panel says 第6名 of 14 with the history 7, 7, 6', async () => {
    await overview(async (page) => {
      const rank = page.locator('[data-testid=rank-summary]')
      expect(await text(rank.locator('.panel-title'))).toBe('全省排名')
      expect(await text(rank.locator('.rank-number'))).toBe('第6名')
      expect(await text(rank.locator('.rank-now'))).toContain('共14个市州')
      expect(await texts(rank.locator('.rank-steps li strong'))).toEqual(['7', '7', '6'])
      expect(await texts(rank.locator('.rank-steps li .muted'))).toEqual([
        '截至2020年11月',
        '截至2021年2月',
        '截至2025年7月',
      ])
    })
  })

  it('the bulletin panel lists the five publicity-week events in date order and links to all bulletins', async () => {
    await visit('/', {}, async (page) => {
      const panel = page.locator('[data-testid=bulletin-panel]')
      expect(await text(panel.locator('.panel-title'))).toBe('工作动态')
      expect(await text(panel.locator('.bulletin-issue'))).toContain('2023年第2期')
      const items = panel.locator('.event-list li')
      expect(await items.count()).toBe(5)
      expect(await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual([
        '2023-04-20',
        '2023-04-21',
        '2023-04-25',
        '2023-04-26',
        '2023-04-27',
      ])
      expect(await text(items.first().locator('time'))).toBe('2023年4月20日')
      const source = panel.locator('a', { hasText: '原文' })
      expect(new URL((await source.getAttribute('href')) ?? '').hostname).toBe('www.hengyang.gov.cn')

      await panel.getByRole('link', { name: '全部简报' }).click()
      await page.locator('[data-bulletin]').waitFor()
      expect(new URL(page.url()).hash).toBe('#/bulletins')
    })
  })

  it('another region from the select keeps the page usable (衡东县)', async () => {
    await visit('/', { region: '衡东县' }, async (page) => {
      expect(await page.locator('[data-testid=region-select]').inputValue()).toBe('衡东县')
      expect(await text(page.locator('main .view-title'))).toBe('衡东县知识产权主要指标')
      expect(await text(page.locator('.chart-panel .panel-title'))).toContain('衡东县')
      await page.locator('[data-testid=region-select]').selectOption('衡阳市')
      await expect.poll(() => text(page.locator('main .view-title'))).toBe('衡阳市知识产权主要指标')
      expect(hashQuery(page).has('region')).toBe(false)
      expect(appUrl('/', { region: '衡东县' })).toContain('%E8%A1%A1')
    })
  })
})
