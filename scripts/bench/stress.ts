// Files at the edges of what the importer reads, measured in Chromium against the built app: how
// long from choosing the file to the preview (or to the refusal), and the longest main-thread task
// in CPU time (a traced task's own time, not the time it waited for a core on a busy machine).
import { mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator } from 'playwright-core'
import { manyNamesCsv } from '../../tests/support/longFile'
import { patentListCsv } from '../../tests/support/patentList'
import { traceMainThreadTasks } from '../../tests/support/longTasks'

const MB = 1024 * 1024

export interface StressRun {
  readonly fileMb: number
  /** Choose → the card shows what the step waits for. */
  readonly ms: number
  /** CPU time of the longest main-thread task. */
  readonly longestTaskMs: number
  /** Elements in the page at the end: a page of rows, not one per name or column. */
  readonly elements: number
}

/** Opens #/import, chooses the file, and times until `reached` (a locator in its card) shows. */
async function chooseAndTime(
  browser: Browser,
  base: string,
  name: string,
  content: string,
  reached: (card: Locator) => Locator,
  then?: (card: Locator) => Promise<void>,
): Promise<StressRun & { thenMs?: number }> {
  const path = join(mkdtempSync(join(tmpdir(), 'ip-stress-')), name)
  writeFileSync(path, content)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  try {
    await page.goto(`${base}#/import`)
    await page.locator('main .view-title').waitFor()
    const tasks = await traceMainThreadTasks(page)
    const start = Date.now()
    await page.setInputFiles('[data-testid=import-input]', path)
    const card = page.locator(`.import-item[data-file="${name}"]`)
    await reached(card).waitFor({ timeout: 300_000 })
    const ms = Date.now() - start
    let thenMs: number | undefined
    if (then) {
      const at = Date.now()
      await then(card)
      thenMs = Date.now() - at
    }
    return {
      fileMb: statSync(path).size / MB,
      ms,
      thenMs,
      longestTaskMs: Math.max(0, ...(await tasks())),
      elements: await page.evaluate(() => document.getElementsByTagName('*').length),
    }
  } finally {
    await context.close()
  }
}

/** A million rows naming 10,000 places the catalogue lacks: to the preview, then "add all" to the checked preview. */
export const manyNamesImport = (browser: Browser, base: string) =>
  chooseAndTime(
    browser,
    base,
    'townships.csv',
    manyNamesCsv(1_000_000, 10_000),
    (card) => card.locator('[data-testid=unknown-names]'),
    async (card) => {
      await card.locator('[data-testid=accept-names]').click()
      await card.locator('[data-testid=unknown-names]').waitFor({ state: 'detached', timeout: 300_000 })
      await card.locator('[data-testid=import-commit]').waitFor({ timeout: 300_000 })
    },
  )

/** 1,000 periods as columns (indicators as rows): to the preview. */
export function wideImport(browser: Browser, base: string) {
  const years = Array.from({ length: 999 }, (_, c) => 1900 + c)
  const csv = [
    ['指标', ...years.map((y) => `${y}年`)].join(','),
    ...['专利授权量（件）', '发明专利授权量（件）', '商标注册量（件）'].map((name, r) =>
      [name, ...years.map((_, c) => (c * 7 + r) % 1000)].join(','),
    ),
  ].join('\n')
  return chooseAndTime(browser, base, 'wide.csv', csv, (card) => card.locator('[data-testid=diff]'))
}

/** A 1 MB note cell: to its located refusal. */
export const longCellImport = (browser: Browser, base: string) =>
  chooseAndTime(
    browser,
    base,
    'long-cell.csv',
    `region,period,indicator,value,note\n衡阳市,2024,patent_grants,1,${'注'.repeat(MB)}\n`,
    (card) => card.locator('[data-testid=refused]'),
  )

/** A patent list of `n` applications: to its preview, while the worker reads, places and derives it. */
export const patentListImport = (browser: Browser, base: string, n: number) =>
  chooseAndTime(browser, base, 'patents.csv', patentListCsv(n), (card) => card.locator('[data-testid=patent-preview]'))
