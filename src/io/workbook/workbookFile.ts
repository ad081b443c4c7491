/** One sheet to write: its name and its rows, header first. */
export interface SheetRows {
  readonly name: string
  readonly rows: readonly (readonly (string | number)[])[]
}

/** Widest column Excel opens with, in characters: longer text (a source link) wraps past it. */
const MAX_WIDTH = 60

/** Column widths that fit each column's longest text, CJK characters counting double. */
function widths(rows: SheetRows['rows']): { wch: number }[] {
  const out: number[] = []
  for (const row of rows)
    row.forEach((cell, c) => {
      const text = String(cell)
      let w = 0
      for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1
      out[c] = Math.min(MAX_WIDTH, Math.max(out[c] ?? 4, w + 1))
    })
  return out.map((wch) => ({ wch }))
}

/**
 * The bytes of an .xlsx file holding these sheets, written by SheetJS (loaded only when an export
 * asks). Numbers stay numbers, so Excel can sum and chart them; everything else is text.
 */
export async function workbookBytes(sheets: readonly SheetRows[]): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx')
  const book = XLSX.utils.book_new()
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => [...r]))
    ws['!cols'] = widths(s.rows)
    XLSX.utils.book_append_sheet(book, ws, s.name)
  }
  return new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer)
}
