import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage } from './browser'
import { usePublishingServer } from './publishingServer'
import { text, texts } from './app'
import { PASSWORD, ROOT } from '../server/helpers'
import { tempFile } from '../support/tempFile'

const own = usePublishingServer()

// The office's page of 2023 No. 2, renumbered No. 3 and dated a month later: a test edit, so that it
// is a new issue (the real No. 2 is already published and would only replace itself).
const page3 = (await readFile(join(ROOT, 'tests/fixtures/bulletins/hengyang-2023-no2.txt'), 'utf8'))
  .replace('第2期', '第3期')
  .replace('2023年5月6日', '2023年6月6日')
const NEW = '[data-bulletin="hengyang-2023-03"]'
const SCREEN_ISSUE = '.screen-bulletin h2'

async function readPaste(page: Page, pasted: string) {
  await page.locator('[data-testid=bulletin-paste]').fill(pasted)
  await page.locator('[data-testid=bulletin-read]').click()
}

describe('adding a bulletin', () => {
  it('refuses an empty paste and one with HTML, saying why and changing nothing', async () => {
    const { page, errors, close } = await openPage(own.browser, `${own.server.url}/#/bulletins`)
    try {
      await readPaste(page, '  ')
      const failure = page.locator('[data-testid=bulletin-failure]')
      await expect.poll(() => failure.getAttribute('data-failure'), { timeout: 20_000 }).toBe('empty')
      await readPaste(page, `<p>衡阳市</p><img src=x onerror="window.hacked=1">\n${page3}`)
      await expect.poll(() => failure.getAttribute('data-failure'), { timeout: 20_000 }).toBe('markup')
      expect(await text(failure)).toContain('网页代码')
      expect(await page.evaluate(() => 'hacked' in window)).toBe(false)
      await page.setInputFiles(
        '[data-testid=bulletin-file]',
        tempFile('简报.docx', Buffer.alloc(20 * 1024 * 1024, 0x50)),
      )
      await expect.poll(() => failure.getAttribute('data-failure'), { timeout: 20_000 }).toBe('tooLarge')
      expect(await page.locator('[data-testid=bulletin-draft]').count()).toBe(0)
      expect(await page.locator('article.bulletin').count()).toBe(1)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })

  it('paste → preview with the figures checked → save → reload → publish: a second browser and a screen show it without reloading; a rollback takes it away', async () => {
    const screen = await openPage(own.browser, `${own.server.url}/#/screen?rotate=600&refresh=60&pages=bulletin`, {
      width: 1920,
      height: 1080,
    })
    const viewer = await openPage(own.browser, `${own.server.url}/#/bulletins`)
    const analyst = await openPage(own.browser, `${own.server.url}/#/login?from=/bulletins`)
    try {
      await screen.page.locator(SCREEN_ISSUE).waitFor({ timeout: 20_000 })
      expect(await text(screen.page.locator(SCREEN_ISSUE))).toContain('2023年第2期')
      await screen.page.evaluate(() => ((window as unknown as { same: boolean }).same = true))
      await viewer.page.locator('article.bulletin').first().waitFor({ timeout: 20_000 })
      await viewer.page.evaluate(() => ((window as unknown as { same: boolean }).same = true))

      const a = analyst.page
      await a.locator('[data-testid=login-name]').fill('wang')
      await a.locator('[data-testid=login-password]').fill(PASSWORD)
      await a.locator('[data-testid=login-submit]').click()
      await a.locator('[data-testid=bulletin-add]').waitFor({ timeout: 20_000 })

      await readPaste(a, page3)
      await a.locator('[data-testid=bulletin-draft]').waitFor({ timeout: 30_000 })
      await expect
        .poll(() => a.locator('[data-testid=draft-item]').evaluateAll((els) => els.map((e) => e.dataset.date)))
        .toEqual(['2023-04-20', '2023-04-25', '2023-04-21', '2023-04-26', '2023-04-27'])
      const figures = a.locator('[data-testid=draft-figure]')
      expect(await figures.evaluateAll((els) => els.map((e) => e.dataset.status))).toEqual(Array(6).fill('match'))
      expect(await a.locator('[data-testid=draft-claim] [data-holds=true]').count()).toBe(1)
      expect(await a.locator('[data-testid=bulletin-replaces]').count()).toBe(0)

      // An edited figure is checked again at once: ⚠ with both values.
      await figures.first().locator('[data-testid=figure-edit]').click()
      const grants = figures.first().locator('input[type=number]')
      await grants.fill('5138')
      await expect.poll(() => figures.first().getAttribute('data-status')).toBe('differs')
      expect(await text(figures.first().locator('.draft-check'))).toContain('简报 5138件，数据集 5183件')
      await grants.fill('5183')
      await expect.poll(() => figures.first().getAttribute('data-status')).toBe('match')

      await a.locator('[data-testid=bulletin-save]').click()
      await a.locator('[data-testid=bulletin-saved]').waitFor()
      await a.locator(`article${NEW}`).waitFor()

      await a.reload()
      await a.locator(`article${NEW}`).waitFor({ timeout: 20_000 })
      expect(await texts(a.locator('[data-testid=saved-bulletin] .history-name'))).toEqual([
        '衡阳市知识产权工作简报 2023年第3期',
      ])
      expect(await text(a.locator(`article${NEW} .timeline-item:has(time[datetime="2023-04-25"])`))).toContain(
        '全年专利授权5183件',
      )
      // Not yet published: the others still show No. 2 only.
      expect(await viewer.page.locator(`article${NEW}`).count()).toBe(0)

      await a.locator('[data-testid=bulletin-publish]').click()
      await a.locator('[data-testid=bulletin-published]').waitFor({ timeout: 30_000 })
      expect(await text(a.locator('[data-testid=bulletin-published]'))).toBe('已发布为第 2 版')
      await viewer.page.locator(`article${NEW}`).waitFor({ timeout: 30_000 })
      await expect.poll(() => text(screen.page.locator(SCREEN_ISSUE)), { timeout: 30_000 }).toContain('2023年第3期')
      for (const p of [screen.page, viewer.page])
        expect(await p.evaluate(() => (window as unknown as { same?: boolean }).same)).toBe(true)

      // Rolling back to version 1 takes the issue away from everyone who follows the server.
      await a.goto(`${own.server.url}/#/import`)
      const v1 = a.locator('[data-testid=versions] li[data-version="1"]')
      await v1.locator('[data-testid=rollback]').click()
      await v1.locator('[data-testid=rollback-confirm]').click()
      await a.locator('[data-testid=versions] li[data-version="3"][data-action=rollback]').waitFor({ timeout: 30_000 })
      await expect.poll(() => viewer.page.locator(`article${NEW}`).count(), { timeout: 30_000 }).toBe(0)
      await expect.poll(() => text(screen.page.locator(SCREEN_ISSUE)), { timeout: 30_000 }).toContain('2023年第2期')
      expect(screen.errors).toEqual([])
      expect(viewer.errors).toEqual([])
      expect(analyst.errors).toEqual([])
    } finally {
      await screen.close()
      await viewer.close()
      await analyst.close()
    }
    // Three pages through a dozen steps, each with a wait of its own: on a busy machine, minutes.
  }, 180_000)

  it('reads the Word file and asks for a date the text lacks before saving', async () => {
    const { page, errors, close } = await openPage(own.browser, `${own.server.url}/#/bulletins?lang=en`)
    try {
      await page.setInputFiles('[data-testid=bulletin-file]', join(ROOT, 'tests/fixtures/bulletins/picture-only.docx'))
      const failure = page.locator('[data-testid=bulletin-failure]')
      await expect.poll(() => failure.getAttribute('data-failure'), { timeout: 30_000 }).toBe('docxNoText')
      expect(await text(failure)).toContain('no text')

      await page.setInputFiles(
        '[data-testid=bulletin-file]',
        join(ROOT, 'tests/fixtures/bulletins/hengyang-2023-no2.docx'),
      )
      await page.locator('[data-testid=bulletin-draft]').waitFor({ timeout: 30_000 })
      await expect.poll(() => page.locator('[data-testid=draft-item]').count()).toBe(5)
      // The same issue as the published one: offered as its replacement.
      expect(await text(page.locator('[data-testid=bulletin-replaces]'))).toContain('2023年第2期')

      await page.locator('[data-testid=draft-date]').fill('')
      await page.locator('[data-testid=draft-needs-date]').waitFor()
      expect(await page.locator('[data-testid=bulletin-save]').isDisabled()).toBe(true)
      await page.locator('[data-testid=draft-date]').fill('2023-05-06')
      await expect.poll(() => page.locator('[data-testid=bulletin-save]').isDisabled()).toBe(false)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  })
})
