import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { openPage, sharedBrowser } from './browser'
import { appUrl, hashQuery, text, texts, waitForView } from './app'

let browser: Browser
beforeAll(async () => {
  browser = await sharedBrowser()
})

// A fixed day, so the plan's elapsed time and what is stale do not depend on when the test runs:
// 7 December 2025 is 587 of the plan's 976 days (60.1%).
const TODAY = Date.UTC(2025, 11, 7, 4)
const fixedDay = (context: BrowserContext) => context.clock.install({ time: TODAY })

/** Opens a route on the fixed day, runs `use`, and checks the visit logged no error. */
async function visitOn(
  url: string,
  ready: (page: Page) => Promise<void>,
  use: (page: Page) => Promise<void>,
  viewport = { width: 1440, height: 900 },
) {
  const { page, errors, close } = await openPage(browser, url, viewport, fixedDay)
  try {
    await ready(page)
    await use(page)
    expect(errors).toEqual([])
  } finally {
    await close()
  }
}
const screenUrl = (pages: string) => appUrl('/screen' as never, { pages })
const screenReady = (selector: string) => (page: Page) => page.locator(selector).first().waitFor({ timeout: 20_000 })

describe('the overview’s targets', () => {
  it('lists the ten targets of the pilot plan in its three groups, each saying there is no like actual yet', async () => {
    await visitOn(appUrl('/'), waitForView, async (page) => {
      const panel = page.locator('[data-testid=targets]')
      await panel.waitFor()
      expect(await texts(panel.locator('.target-group-name'))).toEqual(['创造', '运用', '保护'])
      const counts = await panel
        .locator('.target-group')
        .evaluateAll((groups) => groups.map((g) => g.querySelectorAll('.target').length))
      expect(counts).toEqual([3, 4, 3])
      expect(await texts(panel.locator('.target-name'))).toEqual([
        '每万人口高价值发明专利拥有量',
        'PCT国际专利申请累计量',
        '地理标志总量',
        '专利密集型产业增加值占GDP比重',
        '地理标志产品销售额',
        '版权产业增加值占GDP比重',
        '知识产权质押融资金额(累计)',
        '湖南省地理标志保护示范区',
        '知识产权民事一审案件服判息诉率',
        '知识产权案件结案率',
      ])
      expect(await texts(panel.locator('.target-value strong'))).toEqual([
        '2件/万人',
        '60件',
        '16件',
        '10%',
        '80亿元',
        '6.5%',
        '10亿元',
        '2个以上',
        '83.41%—88.78%',
        '95%',
      ])
      expect(await panel.locator('.target', { hasText: '尚无同口径实际数据' }).count()).toBe(10)
      expect(await panel.locator('.target', { hasText: '方案未写明累计的起算时间' }).count()).toBe(2)
      expect(await text(panel.locator('[data-testid=plan-time]'))).toContain(
        '序时进度 60.1%：2024年4月29日至2026年12月31日已过去的时间比例',
      )
    })
  })
})

describe('监测预警 on the overview', () => {
  it('warns that patent grants stop at 2022, marks the card, and links to its figure', async () => {
    await visitOn(appUrl('/'), waitForView, async (page) => {
      const item = page.locator('[data-testid=watch-list] li[data-kind=stale][data-indicator=patent_grants]')
      expect(await text(item.locator('.watch-text'))).toBe(
        '专利授权量最新数据为2022年，按发布周期应于2024年6月30日前更新，至今未见新数据',
      )
      expect(await text(page.locator('.kpi[data-indicator=patent_grants] [data-testid=kpi-warning]'))).toBe(
        '⚠ 预警 1 项',
      )
      await item.getByRole('link', { name: '查看' }).click()
      await expect.poll(() => hashQuery(page).get('indicator')).toBe('patent_grants')
      await expect.poll(() => text(page.locator('.chart-panel .panel-title'))).toBe('衡阳市 · 专利授权量趋势')
    })
  })

  it('says the same in English', async () => {
    await visitOn(appUrl('/', { lang: 'en' }), waitForView, async (page) => {
      const item = page.locator('[data-testid=watch-list] li[data-indicator=patent_grants] .watch-text')
      await expect
        .poll(() => text(item))
        .toBe(
          'Patent grants: the latest figure is for 2022; a newer one was due by 30 Jun 2024 and has not been published',
        )
    })
  })
})

describe('rank distance', () => {
  const expected = ['距第5名（益阳 7.66）差0.58件/万人', '领先第7名（岳阳 6.85）0.23件/万人']

  it('on the overview’s rank card', async () => {
    await visitOn(appUrl('/'), waitForView, async (page) => {
      const rank = page.locator('[data-testid=rank-summary] [data-testid=rank-gap] li')
      await rank.first().waitFor()
      expect(await texts(rank)).toEqual(expected)
    })
  })

  it('on the compare page, beside the density ranking', async () => {
    await visitOn(appUrl('/compare'), waitForView, async (page) => {
      const gaps = page.locator('[data-testid=rank-gap]')
      await expect.poll(() => gaps.count()).toBe(2)
      expect(await texts(gaps.nth(1).locator('li'))).toEqual(expected)
      expect(await texts(gaps.nth(0).locator('li'))).toEqual([
        '距第3名（湘潭 8572）差4014件',
        '领先第5名（常德 4411）147件',
      ])
    })
  })

  it('on the screen’s ranking page, with the density caveat', async () => {
    await visitOn(screenUrl('ranking'), screenReady('.screen-ranking [data-testid=rank-gap]'), async (page) => {
      expect(await texts(page.locator('.screen-ranking [data-testid=rank-gap] li'))).toEqual(expected)
      expect(await text(page.locator('.screen-ranking [data-testid=population-note]'))).toContain('643.43 万人')
    })
  })
})

describe('the screen', () => {
  it('shows the density caveat on its KPI page, as the overview’s card does', async () => {
    await visitOn(screenUrl('kpi'), screenReady('.screen-kpi'), async (page) => {
      const density = page.locator('.screen-kpi[data-indicator=invention_patents_per_10k]')
      expect(await text(density.locator('.screen-kpi-caveat'))).toBe('人口基数可能不同，仅供参考')
      expect(await page.locator('.screen-kpi-caveat').count()).toBe(1)
    })
  })

  for (const size of [
    { name: '1920×1080', width: 1920, height: 1080 },
    { name: 'portrait 1080×1920', width: 1080, height: 1920 },
  ]) {
    it(`shows its warnings at ${size.name}, in large type, inside the screen`, async () => {
      await visitOn(
        screenUrl('watch'),
        screenReady('[data-testid=screen-watch] li'),
        async (page) => {
          const items = page.locator('[data-testid=screen-watch] li')
          expect(await items.count()).toBe(6)
          expect(await text(items.first().locator('.screen-watch-text'))).toBe(
            '专利授权量最新数据为2022年，按发布周期应于2024年6月30日前更新，至今未见新数据',
          )
          expect(await text(page.locator('.screen-page-title'))).toBe('监测预警')
          const layout = await page.evaluate(() => {
            const list = [...document.querySelectorAll('[data-testid=screen-watch] li')]
            const bottom = Math.max(...list.map((li) => li.getBoundingClientRect().bottom))
            const body = document.querySelector('.screen-body')?.getBoundingClientRect().bottom ?? 0
            const font = parseFloat(getComputedStyle(list[0] as Element).fontSize)
            const doc = document.documentElement
            return {
              inside: bottom <= body,
              scroll: doc.scrollWidth > innerWidth || doc.scrollHeight > innerHeight,
              font: font / Math.min(innerWidth, innerHeight),
            }
          })
          expect(layout).toMatchObject({ inside: true, scroll: false })
          expect(layout.font).toBeGreaterThanOrEqual(0.028)
        },
        size,
      )
    })
  }
})
