import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { openPage, sharedBrowser, waitForCharts } from './browser'
import { hashQuery, text, texts, waitForView } from './app'
import { OwnServer } from './ownServer'

// A second, later issue beside the embedded 2023 No. 2, served as a publish would serve it. It cites
// no figures; one event's title carries markup, which must show as text.
const LATER = `---
id: test-2025-09
issue: 2025年第9期
issue_en: 2025, No. 9
date: 2025-10-10
title: 衡阳市知识产权工作简报
title_en: Hengyang IP Work Bulletin
publisher: 衡阳市市场监督管理局（市知识产权局）
region: 衡阳市
source: https://example.invalid/bulletin-2025-09
---

测试用简报。

## 2025-09-26 第一项活动
title_en: First event

活动摘要。

## 2025-09-28 第二项活动<img src=x onerror="document.title='hacked'">
title_en: Second event

活动摘要。
`

const server = new OwnServer()
let browser: Browser
let base = ''

beforeAll(async () => {
  writeFileSync(join(server.dir, 'data', 'bulletins', 'test-2025-09.md'), LATER)
  server.editData('manifest.json', (text) => {
    const manifest = JSON.parse(text) as { bulletins: string[] }
    manifest.bulletins.push('bulletins/test-2025-09.md')
    return JSON.stringify(manifest)
  })
  base = await server.start()
  browser = await sharedBrowser()
})
afterAll(async () => {
  await server.stop()
})

async function open(hash: string, viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, `${base}#${hash}`, viewport)
  return opened
}

/**
 * The x positions (CSS pixels in the canvas) of the dotted event marks: columns of the trend chart
 * painted in the marks' colour (#c2410c) across the middle of the plot.
 */
async function eventMarkColumns(page: Page): Promise<{ x: number; y: number }[]> {
  return page
    .locator('.chart canvas')
    .first()
    .evaluate((el) => {
      const c = el as HTMLCanvasElement
      const ctx = c.getContext('2d')
      if (!ctx) return []
      const hits = new Map<number, number>()
      for (let y = Math.round(c.height * 0.35); y < c.height * 0.75; y++) {
        const row = ctx.getImageData(0, y, c.width, 1).data
        for (let x = 0; x < c.width; x++) {
          const [r, g, b] = [row[x * 4] ?? 0, row[x * 4 + 1] ?? 0, row[x * 4 + 2] ?? 0]
          if (Math.abs(r - 194) < 30 && Math.abs(g - 65) < 30 && Math.abs(b - 12) < 30 && !hits.has(x)) hits.set(x, y)
        }
      }
      // Neighbouring columns are one mark.
      const marks: { x: number; y: number }[] = []
      for (const [x, y] of [...hits].sort((a, b) => a[0] - b[0])) {
        const last = marks.at(-1)
        if (!last || x - last.x > 3) marks.push({ x, y })
      }
      return marks
    })
}

/** Points at an event mark until its tooltip shows (the first pointer loads the tooltips), and returns the tooltip's lines. */
async function eventTooltip(page: Page, mark: { x: number; y: number }): Promise<string> {
  const box = await page.locator('.chart canvas').first().boundingBox()
  if (!box) throw new Error('no chart')
  const tip = page.locator('.chart').first().locator('div').filter({ hasText: '项活动' }).last()
  await expect
    .poll(async () => {
      await page.mouse.move(box.x + mark.x - 6, box.y + mark.y)
      await page.mouse.move(box.x + mark.x, box.y + mark.y)
      return (await tip.isVisible()) ? ((await tip.innerText()) ?? '') : ''
    })
    .toContain('项活动')
  return tip.innerText()
}

describe('bulletins shown everywhere, with two issues published', () => {
  it('lists the issues newest first, and the year filter stays in the link', async () => {
    const { page, errors, close } = await open('/bulletins')
    try {
      await waitForView(page)
      expect(await texts(page.locator('article.bulletin .panel-title'))).toEqual([
        '衡阳市知识产权工作简报 2025年第9期',
        '衡阳市知识产权工作简报 2023年第2期',
      ])
      const year = page.getByTestId('bulletin-year')
      expect(await year.locator('option').allTextContents()).toEqual(['全部年份', '2025年', '2023年'])
      await year.selectOption('2023')
      await expect.poll(() => hashQuery(page).get('year')).toBe('2023')
      expect(await texts(page.locator('article.bulletin .panel-title'))).toEqual(['衡阳市知识产权工作简报 2023年第2期'])

      await page.reload()
      await waitForView(page)
      expect(await page.getByTestId('bulletin-year').inputValue()).toBe('2023')
      expect(await page.locator('article.bulletin').count()).toBe(1)
      expect(await page.locator('.timeline-item').count()).toBe(5)

      await page.getByTestId('bulletin-year').selectOption('')
      await expect.poll(() => page.locator('article.bulletin').count()).toBe(2)
      expect(hashQuery(page).has('year')).toBe(false)
      // The markup in an event's title is text.
      expect(await page.locator('article.bulletin img').count()).toBe(0)
      expect(await text(page.locator('.timeline-item h3').nth(1))).toBe(
        `第二项活动<img src=x onerror="document.title='hacked'">`,
      )
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })

  it('marks each month with events once on the overview trend, lists its events in the tooltip, and shows the latest issue in the panel', async () => {
    const { page, errors, close } = await open('/')
    try {
      await waitForView(page)
      await waitForCharts(page, 1)
      expect(await text(page.getByTestId('bulletin-panel').locator('.bulletin-issue strong'))).toBe(
        '衡阳市知识产权工作简报 2025年第9期',
      )
      expect(await texts(page.getByTestId('bulletin-panel').locator('.event-list li span'))).toEqual([
        '第一项活动',
        `第二项活动<img src=x onerror="document.title='hacked'">`,
      ])

      // The marks are drawn in as the chart animates: read them once both are there.
      await expect.poll(async () => (await eventMarkColumns(page)).length).toBe(2)
      const marks = await eventMarkColumns(page)
      const [april, september] = marks as [{ x: number; y: number }, { x: number; y: number }]
      expect(april.x).toBeLessThan(september.x)

      const later = await eventTooltip(page, september)
      expect(later.split('\n').map((l) => l.trim())).toEqual([
        '2025年9月 · 2项活动',
        '2025年9月26日 第一项活动',
        `2025年9月28日 第二项活动<img src=x onerror="document.title='hacked'">`,
      ])
      expect(await page.locator('.chart img').count()).toBe(0)

      const earlier = await eventTooltip(page, april)
      expect(earlier).toContain('2023年4月 · 5项活动')
      expect(earlier).toContain('2023年4月25日 召开衡阳市知识产权保护工作新闻发布会')
      expect(await page.title()).not.toBe('hacked')
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })

  it('shows the latest issue with its events on the screen’s bulletin page', async () => {
    const { page, errors, close } = await open('/screen?pages=bulletin', { width: 1920, height: 1080 })
    try {
      const bulletin = page.locator('.screen-bulletin')
      await bulletin.waitFor({ timeout: 20_000 })
      expect(await text(bulletin.locator('h2'))).toBe('衡阳市知识产权工作简报 2025年第9期')
      expect(await text(bulletin.locator('.screen-bulletin-meta'))).toBe('2025年10月10日印发 · 2项活动')
      expect(await texts(bulletin.locator('li time'))).toEqual(['2025年9月26日', '2025年9月28日'])
      expect(await texts(bulletin.locator('li strong'))).toEqual([
        '第一项活动',
        `第二项活动<img src=x onerror="document.title='hacked'">`,
      ])
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })
})
