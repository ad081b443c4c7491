// The Word brief in Chromium: from the click to the downloaded file with its four charts; the
// overview's JavaScript before the click (the brief's code is not in it) and what the click loads.
// The page's longest task is its CPU time, which a machine busy with other work does not inflate.
import { statSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { recordScripts } from '../../tests/support/overviewJs'
import { median } from '../../tests/support/ingest'
import { traceMainThreadTasks } from '../../tests/support/longTasks'

export async function wordBrief(browser: Browser, base: string, runs: number) {
  const times: number[] = []
  const longest: number[] = []
  let docxKb = 0
  let overviewKb = 0
  let onDemandKb = 0
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
    const page = await context.newPage()
    const scripts = recordScripts(page)
    await page.goto(`${base}#/`)
    await page.getByTestId('narrative').waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    if (scripts.files().some((f) => /brief/i.test(f))) throw new Error('the overview loaded the brief’s code')
    const overview = scripts.gzipBytes()
    const tasks = await traceMainThreadTasks(page)
    const start = performance.now()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('brief-download').click(),
    ])
    const path = await download.path()
    times.push(performance.now() - start)
    longest.push(Math.max(0, ...(await tasks())))
    if (i === 0) {
      docxKb = statSync(path).size / 1024
      overviewKb = overview / 1024
      onDemandKb = (scripts.gzipBytes() - overview) / 1024
    }
    await context.close()
  }
  return { ms: median(times), runs: times, longestTaskMs: Math.max(...longest), docxKb, overviewKb, onDemandKb }
}
