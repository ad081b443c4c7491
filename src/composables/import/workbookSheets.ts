import type { Translate } from '@/domain/monitoring/warningText'
import type { Lang } from '@/domain/display/lang'
import { formatDateTime } from '@/domain/display/format'
import type { SheetRows } from '@/io/workbook/workbookFile'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * An export's sheets: the figures, then a notes sheet that names, dates and sources them (titled
 * `title`). Excel has no tiled watermark (and SheetJS writes no page header): the watermark's words
 * are a note row under the figures, where no sum or filter of theirs reaches it, and atop the notes.
 */
export function workbookSheets(
  t: Translate,
  lang: Lang,
  title: string,
  figures: SheetRows['rows'],
  mark: string | null,
): SheetRows[] {
  const notes = [
    [title],
    [t('workbooks.notes.source', {})],
    [t('workbooks.notes.exported', { date: formatDateTime(Date.now(), lang) })],
    [t('workbooks.notes.figures', { n: figures.length - 1 })],
  ]
  return [
    { name: t('workbooks.figuresSheet', {}), rows: mark ? [...figures, [], [mark]] : figures },
    { name: t('workbooks.notesSheet', {}), rows: mark ? [[mark], ...notes] : notes },
  ]
}
