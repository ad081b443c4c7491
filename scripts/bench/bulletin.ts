// Reading a Word bulletin of about 20 pages in the app: choose the file → preview shown.
import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { bulletinDocx } from '../../tests/support/bulletinDocx'
import { median } from '../../tests/support/ingest'

/** The 2023 No. 2 page with its five items repeated seven times: 35 items, about 20 A4 pages in Word. */
function twentyPages(): string {
  const page = readFileSync('tests/fixtures/bulletins/hengyang-2023-no2.txt', 'utf8')
  const start = page.indexOf(
    '召开衡阳市知识产权协调领导小组和\n',
    page.indexOf('举办知识产权保护司法协作签约仪式暨民营企业'),
  )
  return page.slice(0, start) + Array.from({ length: 7 }, () => page.slice(start)).join('\n')
}

export async function bulletinDocxPreview(browser: Browser, base: string, runs: number) {
  const docx = await bulletinDocx(twentyPages())
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${base}#/bulletins`)
  await page.locator('[data-testid=bulletin-file]').waitFor({ state: 'attached' })
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; t0: number; t1: number }
    w.longest = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration)
    }).observe({ type: 'longtask' })
    document.querySelector('[data-testid=bulletin-file]')?.addEventListener(
      'change',
      () => {
        w.t0 = performance.now()
        w.t1 = 0
        // Only what reading this file costs the page counts, not the page's own loading.
        w.longest = 0
        const seen = new MutationObserver(() => {
          if (!document.querySelector('[data-testid=bulletin-save]')) return
          w.t1 = performance.now()
          seen.disconnect()
        })
        seen.observe(document.body, { childList: true, subtree: true })
      },
      { capture: true },
    )
  })
  const times: number[] = []
  let longestTaskMs = 0
  let items = 0
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid=bulletin-discard]')?.click())
    await page.setInputFiles('[data-testid=bulletin-file]', {
      name: `bench-${i}.docx`,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(docx),
    })
    await page.waitForFunction(() => (window as unknown as { t1: number }).t1 > 0, null, { timeout: 120_000 })
    times.push(
      await page.evaluate(() => {
        const w = window as unknown as { t0: number; t1: number }
        return w.t1 - w.t0
      }),
    )
    // Then every item is drawn, a few a frame.
    await page.locator('[data-testid=draft-item]').nth(34).waitFor({ timeout: 120_000 })
    items = await page.locator('[data-testid=draft-item]').count()
    longestTaskMs = Math.max(
      longestTaskMs,
      await page.evaluate(() => (window as unknown as { longest: number }).longest),
    )
  }
  await context.close()
  return { kb: docx.length / 1024, items, firstMs: times[0] ?? NaN, medianMs: median(times.slice(1)), longestTaskMs }
}
