import { formatDateTime } from '@/domain/display/format'
import type { Lang } from '@/domain/display/lang'
import { download } from '../download'
import type { SheetRows } from './workbookFile'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** What an export says about itself: the sheet of figures is named, dated and sourced here. */
export function notesSheet(t: Translate, lang: Lang, title: string, figures: number): SheetRows {
  return {
    name: t('workbooks.notesSheet'),
    rows: [
      [title],
      [t('workbooks.notes.source')],
      [t('workbooks.notes.exported', { date: formatDateTime(Date.now(), lang) })],
      [t('workbooks.notes.figures', { n: figures })],
    ],
  }
}

/** Writes the sheets as an .xlsx in a worker of its own, then saves it under `name`. */
export function saveWorkbook(name: string, sheets: readonly SheetRows[]): Promise<void> {
  const worker = new Worker(new URL('./workbookExport.worker.ts', import.meta.url), {
    type: 'module',
    name: 'workbook-export',
  })
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }>) => {
      const reply = event.data
      if (reply.ok) {
        download(name, new Blob([reply.bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }))
        resolve()
      } else reject(new Error(reply.message))
    }
    worker.onerror = (event) => reject(new Error(event.message || 'workbook export failed'))
    worker.postMessage(sheets)
  }).finally(() => worker.terminate())
}
