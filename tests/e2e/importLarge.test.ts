import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { text, useBrowser, visit, waitForView } from './app'
import { longCsv } from '../support/longFile'
import { traceMainThreadTasks } from '../support/longTasks'
import { tempFile } from '../support/tempFile'

useBrowser()

/**
 * Charted: every chart on the page has painted pixels. Then one more frame and task, so that the
 * drawing's tasks have ended.
 */
async function chartsPainted(page: Page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.chart canvas')].every((el) => {
        const c = el as HTMLCanvasElement
        const data = c.width && c.height ? c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data : undefined
        return data !== undefined && data.some((v, i) => i % 4 === 3 && v > 0)
      }),
    undefined,
    { timeout: 60_000, polling: 100 },
  )
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
}

describe('a 1,000,000-row file', () => {
  it('is read, previewed and imported without freezing the page (no main-thread task over 200 ms)', async () => {
    // A million figures (~42 MB), every key distinct.
    const file = tempFile('million.csv', longCsv(1_000_000))
    await visit('/import', {}, async (page) => {
      // Tasks are weighed in CPU time: on a busy machine a task's duration also counts the time
      // the page waited for a core, which is not the page's doing.
      const tasks = await traceMainThreadTasks(page)
      await page.setInputFiles('[data-testid=import-input]', file)
      const card = page.locator('.import-item[data-file="million.csv"]')
      await card.locator('[data-testid=diff]').waitFor({ timeout: 240_000 })
      expect(await text(card.locator('[data-testid=figure-count]'))).toBe('1000000')
      // Some generated keys are published figures (衡阳 2022-10 …): those count as changes.
      const count = async (id: string) => Number((await text(card.locator(`[data-testid=${id}]`))).replace(/\D/g, ''))
      const [added, changed, unchanged] = [
        await count('diff-added'),
        await count('diff-changed'),
        await count('diff-unchanged'),
      ]
      expect(added + changed + unchanged).toBe(1_000_000)
      expect(added).toBeGreaterThan(999_000)
      await card.locator('[data-testid=import-commit]').click()
      await card.locator('[data-testid=imported]').waitFor({ timeout: 120_000 })
      await page.evaluate(() => (location.hash = '#/?region=' + encodeURIComponent('长沙市')))
      await waitForView(page)
      await page.locator('.chart canvas').waitFor({ timeout: 60_000 })
      await chartsPainted(page)
      const longest = Math.max(0, ...(await tasks()))
      expect(longest).toBeLessThan(200)
    })
  }, 480_000)
})
