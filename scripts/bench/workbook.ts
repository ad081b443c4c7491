// Workbook import measured side by side in one run: our path (SheetJS in the import worker, then the
// same pipeline as CSV) to the preview in Chromium, against SheetJS's own read + sheet_to_json on the
// same bytes in this process, and our read in this process too, so the ratio compares like with like.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from '@e965/xlsx'
import type { Browser } from 'playwright-core'
import { readWorkbook } from '@/io/workbook/readWorkbook'
import type { Catalogue } from '@/domain/catalogue'
import { longCsv } from '../../tests/support/longFile'
import { median } from '../../tests/support/ingest'
import { longTasks, traceMainThreadTasks, watchLongTasks } from '../../tests/support/longTasks'

/** A long table of `rows` figures as an .xlsx, numbers stored as numbers. */
export function longWorkbook(rows: number): Uint8Array {
  const aoa = longCsv(rows)
    .split('\n')
    .map((line, i) => {
      const cells: (string | number)[] = line.split(',')
      if (i > 0) cells[3] = Number(cells[3])
      return cells
    })
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'figures')
  return new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer)
}

const timed = async (f: () => unknown) => {
  const start = performance.now()
  await f()
  return performance.now() - start
}

/** Node, same bytes, same process: SheetJS's read + sheet_to_json, and our read to checked figures. */
export async function workbookIngest(bytes: Uint8Array, catalogue: Catalogue, reps: number) {
  const library: number[] = []
  const ours: number[] = []
  for (let i = 0; i < reps; i++) {
    library.push(
      await timed(() => {
        const book = XLSX.read(bytes, { type: 'array', dense: true })
        const sheet = book.Sheets[book.SheetNames[0] ?? ''] ?? {}
        return XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false })
      }),
    )
    ours.push(
      await timed(() =>
        readWorkbook(bytes, {
          context: { catalogue, homeRegion: '衡阳市', fileName: 'figures.xlsx' },
          format: 'xlsx',
        }),
      ),
    )
  }
  return { libraryMs: median(library), oursMs: median(ours) }
}

/**
 * Chromium: choose → preview of the workbook through the import worker, with the page's long tasks
 * (wall time, which a busy machine stretches) and its longest task in CPU time (the page's own work).
 */
export async function workbookPreview(browser: Browser, base: string, bytes: Uint8Array) {
  const path = join(mkdtempSync(join(tmpdir(), 'ip-bench-')), 'figures.xlsx')
  writeFileSync(path, bytes)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${base}#/import`)
  await page.locator('main .view-title').waitFor()
  await watchLongTasks(page)
  const stop = await traceMainThreadTasks(page)
  const start = Date.now()
  await page.setInputFiles('[data-testid=import-input]', path)
  await page.locator('.import-item[data-sheet="figures"] [data-testid=diff]').waitFor({ timeout: 600_000 })
  const previewMs = Date.now() - start
  const tasks = await longTasks(page)
  const cpu = await stop()
  await context.close()
  return { previewMs, longestTaskMs: Math.max(0, ...tasks), longestTaskCpuMs: Math.max(0, ...cpu) }
}
