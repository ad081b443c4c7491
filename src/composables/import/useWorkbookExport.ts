import { ref } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { WorkbookExportApi } from '@/io/workbook/workbookExport.worker'
import type { SheetRows } from '@/io/workbook/workbookFile'
import { download } from '@/io/download'
import { loadToolMessages } from '@/i18n'
import { useLang } from '../useLang'
import { useWatermark } from '../useWatermark'
import { useWorkerChannel } from '../useWorkerChannel'

/**
 * Saves sheets as an Excel workbook with a notes sheet, in the reader's language. The workbook is
 * written in a worker of its own for each export, so no view carries SheetJS until someone asks.
 */
export function useWorkbookExport() {
  const { t } = useI18n()
  const lang = useLang()
  const worker = useWorkerChannel<WorkbookExportApi>(
    () =>
      new Worker(new URL('../../io/workbook/workbookExport.worker.ts', import.meta.url), {
        type: 'module',
        name: 'workbook-export',
      }),
    'workbook export',
  )
  const busy = ref(false)
  const failed = ref('')
  const markNow = useWatermark()

  /** `figures` is the sheet of figures; the notes sheet after it is titled `title`. */
  async function save(fileName: string, title: string, figures: SheetRows['rows']) {
    busy.value = true
    failed.value = ''
    try {
      // The sheets' names and notes come with the tools' messages, which a chart's page may not have
      // yet, and are put together by code loaded with them: the overview's first load does without both.
      const [{ workbookSheets, XLSX_TYPE }] = await Promise.all([import('./workbookSheets'), loadToolMessages()])
      const sheets = workbookSheets(t, lang.value, title, figures, await markNow())
      const bytes = await worker.job((api) => api.write(sheets))
      download(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }))
    } catch (e) {
      failed.value = e instanceof Error ? e.message : String(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, save }
}
