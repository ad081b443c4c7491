import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx'
import { expandMerges } from '@/domain/import/header/sheetGrid'

/** The two containers Excel writes: a zip (.xlsx) and an OLE compound file (.xls, or an encrypted .xlsx). */
export type WorkbookFormat = 'xlsx' | 'xls'

/** Recognises a workbook by its first bytes, whatever its name says. */
export function workbookFormat(head: Uint8Array): WorkbookFormat | null {
  const is = (sig: readonly number[]) => sig.every((b, i) => head[i] === b)
  if (is([0x50, 0x4b, 0x03, 0x04])) return 'xlsx'
  if (is([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls'
  return null
}

/** One sheet as the text its cells show, merges expanded, with what Excel hides (1-based). */
export interface SheetText {
  readonly name: string
  readonly rows: string[][]
  readonly hiddenRows: readonly number[]
  readonly hiddenColumns: readonly number[]
  /** A chart sheet holds no cells. */
  readonly chart: boolean
}

export type WorkbookRefusal = 'encrypted' | 'notWorkbook' | 'corrupt'

export type WorkbookText =
  | { readonly ok: true; readonly sheets: readonly SheetText[] }
  | { readonly ok: false; readonly reason: WorkbookRefusal }

/** The library's words for what went wrong, sorted into what the analyst is told. */
function refusalOf(e: unknown): WorkbookRefusal {
  const message = e instanceof Error ? e.message : String(e)
  if (/password|encrypt/i.test(message)) return 'encrypted'
  if (/zip|workbook|content_types|unsupported file|cfb/i.test(message)) return 'notWorkbook'
  return 'corrupt'
}

/**
 * Reads a workbook's sheets as text grids with SheetJS, loaded only now so that no page that never
 * opens a workbook carries it. Formula cells give their cached values; each cell reads as Excel shows
 * it (its formatted text), so "5,183", "12.5%" and a date shown as "2024年6月" arrive as written.
 */
export async function readWorkbookText(bytes: Uint8Array, only?: string): Promise<WorkbookText> {
  const XLSX = await import('@e965/xlsx')
  let book: WorkBook
  try {
    // cellStyles brings the hidden flags of rows and columns.
    book = XLSX.read(bytes, { type: 'array', dense: true, cellStyles: true, sheets: only })
  } catch (e) {
    return { ok: false, reason: refusalOf(e) }
  }
  if (book.SheetNames.length === 0) return { ok: false, reason: 'notWorkbook' }
  const names = only === undefined ? book.SheetNames : book.SheetNames.filter((n) => n === only)
  return {
    ok: true,
    sheets: names.map((name) => sheetText(name, book.Sheets[name])),
  }
}

const hiddenOf = (infos: readonly ({ hidden?: boolean } | undefined)[] | undefined) =>
  (infos ?? []).flatMap((info, i) => (info?.hidden ? [i + 1] : []))

function sheetText(name: string, sheet: WorkSheet | undefined): SheetText {
  const data = (sheet?.['!data'] ?? []) as (CellObject | undefined)[][]
  const rows: string[][] = Array.from({ length: data.length }, (_, r) => {
    const cells = data[r] ?? []
    const row: string[] = new Array<string>(cells.length)
    for (let c = 0; c < cells.length; c++) row[c] = cellText(cells[c])
    return row
  })
  expandMerges(rows, sheet?.['!merges'] ?? [])
  return {
    name,
    rows,
    hiddenRows: hiddenOf(sheet?.['!rows']),
    hiddenColumns: hiddenOf(sheet?.['!cols']),
    chart: sheet?.['!type'] === 'chart',
  }
}

function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.t === 'z') return ''
  if (cell.w !== undefined) return cell.w
  return cell.v === undefined || cell.v === null ? '' : String(cell.v)
}
