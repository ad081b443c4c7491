import { ref } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import type { ChartTable } from '@/charts/table'
import { formatDateTime } from '@/domain/format'
import type { SheetRows } from '@/io/workbookFile'
import { useDatasetStore } from '@/stores/dataset'
import { useLang } from './useLang'
import { useNames } from './useNames'

/** Exports as Excel workbooks in the reader's language: every figure, or a chart's table, with a notes sheet. */
export function useWorkbookExport() {
  const { t } = useI18n()
  const lang = useLang()
  const names = useNames()
  const { dataset, homeRegion } = storeToRefs(useDatasetStore())
  const busy = ref(false)
  const failed = ref('')

  const notes = (title: string, figures: number): SheetRows => ({
    name: t('workbook.notesSheet'),
    rows: [
      [title],
      [t('workbook.notes.source')],
      [t('workbook.notes.exported', { date: formatDateTime(Date.now(), lang.value) })],
      [t('workbook.notes.figures', { n: figures })],
    ],
  })

  async function save(name: string, sheets: SheetRows[]) {
    busy.value = true
    failed.value = ''
    try {
      // Loaded on the first export: no view carries the export code until someone asks for it.
      const { saveWorkbook } = await import('@/io/saveWorkbook')
      await saveWorkbook(name, sheets)
    } catch (e) {
      failed.value = e instanceof Error ? e.message : String(e)
    } finally {
      busy.value = false
    }
  }

  /** Every current figure with its unit, status and source. */
  function exportFigures(fileName: string) {
    const observations = dataset.value?.observations ?? []
    const header = ['region', 'period', 'indicator', 'value', 'unit', 'status', 'source'].map((c) => t(`chart.${c}`))
    const rows = observations.map((o) => [
      names.region(o.region),
      o.periodKey,
      names.indicator(o.indicator),
      o.value,
      o.unit,
      t(`status.${o.status}`),
      o.source,
    ])
    const title = t('workbook.notes.title', { region: names.region(homeRegion.value) })
    return save(fileName, [{ name: t('workbook.figuresSheet'), rows: [header, ...rows] }, notes(title, rows.length)])
  }

  /** A chart's table view, as its table shows it. */
  function exportTable(fileName: string, title: string, table: ChartTable) {
    return save(fileName, [
      { name: t('workbook.figuresSheet'), rows: [[...table.columns], ...table.rows.map((r) => [...r])] },
      notes(title, table.rows.length),
    ])
  }

  return { busy, failed, exportFigures, exportTable }
}
