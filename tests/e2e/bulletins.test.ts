import { describe, expect, it } from 'vitest'
import { sharedVisit, text, texts, useBrowser, visit } from './app'

useBrowser()

describe('bulletins (#/bulletins)', () => {
  // The tests that only read the page as it opens share one load of it.
  const bulletins = sharedVisit('/bulletins')

  it('lists the five publicity-week events of 2023年第2期 in date order', async () => {
    await bulletins(async (page) => {
      expect(await text(page.locator('main .view-title'))).toBe('工作简报')
      const bulletins = page.locator('article.bulletin')
      expect(await bulletins.count()).toBe(1)
      expect(await text(bulletins.locator('.panel-title'))).toBe('衡阳市知识产权工作简报 2023年第2期')
      expect(await text(bulletins.locator('header .muted'))).toContain('2023年5月6日印发 · 5项活动')

      const items = page.locator('.timeline-item')
      expect(await items.count()).toBe(5)
      expect(await texts(items.locator('.timeline-date'))).toEqual([
        '2023年4月20日',
        '2023年4月21日',
        '2023年4月25日',
        '2023年4月26日',
        '2023年4月27日',
      ])
      expect(
        await items.locator('.timeline-date').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
      ).toEqual(['2023-04-20', '2023-04-21', '2023-04-25', '2023-04-26', '2023-04-27'])
      expect(await text(items.nth(2).locator('h3'))).toBe('召开衡阳市知识产权保护工作新闻发布会')
    })
  })

  it('checks the six figures the 4月25日 news conference cited: all match the dataset', async () => {
    await bulletins(async (page) => {
      const checks = page.locator('.figure-checks li[data-status]')
      expect(await checks.count()).toBe(6)
      expect(await checks.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-status')))).toEqual(
        Array(6).fill('match'),
      )
      expect(await texts(checks.locator('.mark'))).toEqual(Array(6).fill('✓'))
      const lines = await texts(checks)
      expect(lines[0]).toBe('✓ 衡阳市 2022年 专利授权量 5183件 — 一致')
      expect(lines[1]).toBe('✓ 衡阳市 2022年末 有效发明专利量 3176件 — 一致')
      expect(lines[4]).toBe('✓ 衡阳市 2022年末 每万人口有效发明专利拥有量 4.8件/万人 — 一致')
      expect(lines[5]).toBe('✓ 衡阳市 2022年末 有效注册商标量 59590件 — 一致')

      // The figures belong to the 4月25日 item.
      const owner = page.locator('.timeline-item').filter({ has: page.locator('.figure-checks') })
      expect(await owner.count()).toBe(1)
      expect(await owner.locator('time').getAttribute('datetime')).toBe('2023-04-25')
    })
  })

  it('the 翻番 claim holds (✓ ×1.96) for valid invention patents and cannot be checked (–) without a 2019 figure', async () => {
    await bulletins(async (page) => {
      const claim = page.locator('.figure-checks .claim')
      expect(await claim.count()).toBe(1)
      expect(await text(claim.locator('p'))).toBe('“较3年前均实现翻番”')

      const checks = claim.locator('[data-holds]')
      expect(await checks.count()).toBe(6)
      expect(await checks.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-holds')))).toEqual([
        'null',
        'true',
        'null',
        'null',
        'null',
        'null',
      ])
      expect(await claim.locator('[data-holds=false]').count()).toBe(0)

      const holds = claim.locator('[data-holds=true]')
      expect(await text(holds.locator('.mark'))).toBe('✓')
      const line = await text(holds)
      expect(line).toContain('有效发明专利量')
      expect(line).toContain('1623件 → 3176件')
      expect(line).toContain('×1.96')
      expect(line).toContain('符合')

      const unchecked = claim.locator('[data-holds=null]')
      expect(await texts(unchecked.locator('.mark'))).toEqual(Array(5).fill('–'))
      const uncheckedLines = await texts(unchecked)
      expect(uncheckedLines[0]).toContain('专利授权量：缺少2019年数据，无法核对')
      for (const l of uncheckedLines) expect(l).toContain('无法核对')
      expect(uncheckedLines.join('\n')).not.toContain('×')
    })
  })

  it('links to the original on hengyang.gov.cn, opening in a new tab', async () => {
    await bulletins(async (page) => {
      const link = page.locator('article.bulletin header').getByRole('link', { name: '原文' })
      expect(await link.count()).toBe(1)
      const href = new URL((await link.getAttribute('href')) ?? '')
      expect(href.protocol).toBe('https:')
      expect(href.hostname).toBe('www.hengyang.gov.cn')
      expect(href.hostname.endsWith('hengyang.gov.cn')).toBe(true)
      expect(await link.getAttribute('target')).toBe('_blank')
      expect(await link.getAttribute('rel')).toContain('noopener')
    })
  })

  it('is readable in English too', async () => {
    await visit('/bulletins', { lang: 'en' }, async (page) => {
      expect(await texts(page.locator('.timeline-date'))).toEqual([
        '20 Apr 2023',
        '21 Apr 2023',
        '25 Apr 2023',
        '26 Apr 2023',
        '27 Apr 2023',
      ])
      expect(await texts(page.locator('.figure-checks li[data-status]'))).toContain(
        '✓ Hengyang 2022 Patent grants 5,183 — matches',
      )
      expect(await text(page.locator('.figure-checks [data-holds=true]'))).toContain('×1.96')
    })
  })
})
