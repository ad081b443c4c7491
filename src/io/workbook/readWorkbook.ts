import type { ImportContext } from '@/domain/import/context'
import type { Mapping } from '@/domain/import/mapping'
import type { NormalisedFile } from '@/domain/import/normalise'
import { createImport } from '@/domain/import/pipeline'
import { readWorkbookText, type SheetText, type WorkbookFormat, type WorkbookRefusal } from './workbook'

/** A sheet that became a table: its figures and problems, as a CSV file's are. */
export type SheetTable = {
  readonly ok: true
  readonly format: WorkbookFormat
  readonly sheet: string
  readonly hiddenRows: readonly number[]
  readonly hiddenColumns: readonly number[]
  readonly bytes: number
} & NormalisedFile

/** Why a sheet gave no table: nothing in it, no table found in it, or a chart. */
type SkipReason = 'empty' | 'noTable' | 'chart'

export type SheetRead =
  SheetTable | { readonly ok: false; readonly reason: 'skipped'; readonly sheet: string; readonly why: SkipReason }

export type WorkbookResult =
  | { readonly ok: true; readonly sheets: readonly SheetRead[] }
  | { readonly ok: false; readonly reason: WorkbookRefusal; readonly format: WorkbookFormat }
  | { readonly ok: false; readonly reason: 'cancelled' }

export interface WorkbookOptions {
  readonly context: ImportContext
  readonly format: WorkbookFormat
  /** Read this sheet only (the analyst remapped or accepted names for it). */
  readonly sheet?: string
  readonly mapping?: Mapping
  /** Share of the rows read so far, 0–1. */
  readonly onProgress?: (share: number) => void
  readonly cancelled?: () => boolean
  readonly breathe?: () => Promise<void>
}

/** Rows handed to the pipeline between two looks at "cancel". */
const BATCH = 2000

/**
 * A workbook's bytes to one checked table per sheet. Each sheet's rows, from A1 so that every
 * problem names the cell Excel shows, go through the same pipeline as a CSV file's.
 */
export async function readWorkbook(bytes: Uint8Array, options: WorkbookOptions): Promise<WorkbookResult> {
  const text = await readWorkbookText(bytes, options.sheet)
  if (!text.ok) return { ok: false, reason: text.reason, format: options.format }
  const total = text.sheets.reduce((n, s) => n + s.rows.length, 0)
  let done = 0
  const sheets: SheetRead[] = []
  for (const sheet of text.sheets) {
    const read = await readSheet(sheet, bytes.length, options, (rows) => {
      options.onProgress?.(total === 0 ? 1 : (done + rows) / total)
    })
    if (read === null) return { ok: false, reason: 'cancelled' }
    done += sheet.rows.length
    sheets.push(read)
  }
  return { ok: true, sheets }
}

async function readSheet(
  sheet: SheetText,
  bytes: number,
  options: WorkbookOptions,
  progress: (rows: number) => void,
): Promise<SheetRead | null> {
  const skipped = (why: SkipReason): SheetRead => ({ ok: false, reason: 'skipped', sheet: sheet.name, why })
  if (sheet.chart) return skipped('chart')
  if (!sheet.rows.some((row) => row.some((cell) => cell.trim() !== ''))) return skipped('empty')
  const context = { ...options.context, fileName: `${options.context.fileName} · ${sheet.name}` }
  const pipeline = createImport(context, options.mapping)
  for (let at = 0; at < sheet.rows.length; at += BATCH) {
    await options.breathe?.()
    if (options.cancelled?.()) return null
    pipeline.push(sheet.rows.slice(at, at + BATCH))
    progress(Math.min(at + BATCH, sheet.rows.length))
  }
  const result = pipeline.finish()
  if (result.columns.length === 0 && result.mapping.shape === 'unknown') return skipped('noTable')
  return {
    ok: true,
    format: options.format,
    sheet: sheet.name,
    hiddenRows: sheet.hiddenRows,
    hiddenColumns: sheet.hiddenColumns,
    bytes,
    ...result,
  }
}
