import { ref } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { SheetRows } from '@/io/workbook/workbookFile'
import { loadToolMessages } from '@/i18n'
import { useLang } from '../useLang'

/**
 * Saves sheets as an Excel workbook with a notes sheet, in the reader's language. The code that
 * writes it is loaded on the first export, so no view carries it until someone asks.
 */
export function useWorkbookExport() {
  const { t } = useI18n()
  const lang = useLang()
  const busy = ref(false)
  const failed = ref('')

  /** `figures` is the sheet of figures; the notes sheet after it is titled `title`. */
  async function save(fileName: string, title: string, figures: SheetRows['rows']) {
    busy.value = true
    failed.value = ''
    try {
      // The sheets' names and notes come with the tools' messages, which a chart's page may not have yet.
      const [{ notesSheet, saveWorkbook }] = await Promise.all([
        import('@/io/workbook/saveWorkbook'),
        loadToolMessages(),
      ])
      await saveWorkbook(fileName, [
        { name: t('workbooks.figuresSheet'), rows: figures },
        notesSheet(t, lang.value, title, figures.length - 1),
      ])
    } catch (e) {
      failed.value = e instanceof Error ? e.message : String(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, save }
}
