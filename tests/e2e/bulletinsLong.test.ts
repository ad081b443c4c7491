import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage } from './browser'
import { text, waitForView } from './app'
import { OwnServer } from './ownServer'
import { traceMainThreadTasks } from '../support/longTasks'

// An issue of 5,000 events (a file in data/ may hold any number: only a publish has a limit),
// the latest one, beside the embedded 2023 No. 2.
const EVENTS = 5000
const LONG = [
  '---',
  'id: test-long',
  'issue: 2025年第9期',
  'date: 2025-10-10',
  'title: 衡阳市知识产权工作简报',
  'region: 衡阳市',
  'source: https://example.invalid/bulletin-long',
  '---',
  '',
  '测试用简报：很多项活动。',
  '',
  ...Array.from({ length: EVENTS }, (_, i) => [
    `## 2025-09-26 第${i + 1}项活动`,
    '',
    `第${i + 1}项活动的摘要。`,
    '',
  ]).flat(),
].join('\n')

// Far below what 5,000 events build (every one of them a dozen nodes), far above a page of them.
const MAX_NODES = 3000

const server = new OwnServer()
let browser: Browser
let base = ''

beforeAll(async () => {
  writeFileSync(join(server.dir, 'data', 'bulletins', 'test-long.md'), LONG)
  server.editData('manifest.json', (text) => {
    const manifest = JSON.parse(text) as { bulletins: string[] }
    manifest.bulletins.push('bulletins/test-long.md')
    return JSON.stringify(manifest)
  })
  base = await server.start()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server.stop()
})

const nodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length)
const painted = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))

describe('a bulletin of thousands of events', () => {
  it('shows on the bulletins page a page of events at a time, with no main-thread task over 50 ms', async () => {
    // The app and the page are loaded with the long issue filtered out; then it is shown.
    const { page, errors, close } = await openPage(browser, `${base}#/bulletins?year=2023`)
    try {
      await waitForView(page)
      await page.locator('.timeline-item').first().waitFor()
      await painted(page)
      // CPU time, not duration: on a busy machine a task's duration also counts the wait for a core.
      const tasks = await traceMainThreadTasks(page)
      await page.getByTestId('bulletin-year').selectOption('')
      const long = page.locator('article[data-bulletin="test-long"]')
      await long.locator('.timeline-item').first().waitFor()
      await painted(page)
      const durations = await tasks()
      expect(Math.max(...durations)).toBeLessThan(50)
      expect(await long.locator('.timeline-item').count()).toBe(20)
      expect(await nodes(page)).toBeLessThan(MAX_NODES)
      expect(await text(long.getByTestId('page-range'))).toBe(`第 1–20 项，共 ${EVENTS} 项`)

      await long.getByTestId('page-next').click()
      await expect.poll(() => text(long.locator('.timeline-item h3').first())).toBe('第21项活动')
      expect(await nodes(page)).toBeLessThan(MAX_NODES)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })

  it('shows on the screen its first events and how many more, with no main-thread task over 50 ms', async () => {
    // An hour a page: the test steps to the bulletin itself.
    const { page, errors, close } = await openPage(browser, `${base}#/screen?pages=kpi,bulletin&rotate=3600`, {
      width: 1920,
      height: 1080,
    })
    try {
      await page.locator('.screen-kpi').first().waitFor({ timeout: 20_000 })
      await painted(page)
      const tasks = await traceMainThreadTasks(page)
      await page.keyboard.press('ArrowRight')
      const bulletin = page.locator('.screen-bulletin')
      await bulletin.locator('li').first().waitFor()
      await painted(page)
      const durations = await tasks()
      expect(Math.max(...durations)).toBeLessThan(50)
      expect(await bulletin.locator('li').count()).toBe(6)
      expect(await text(bulletin.getByTestId('screen-bulletin-more'))).toBe(`另有 ${EVENTS - 6} 项活动`)
      expect(await nodes(page)).toBeLessThan(MAX_NODES)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })
})
