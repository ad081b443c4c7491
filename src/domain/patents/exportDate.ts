import { halfWidth } from '../import/text'
import { readPatentDate } from './patentDate'

/** Where the export date a list is read as of came from, the analyst's word first. */
export type ExportedFrom = 'analyst' | 'title' | 'fileName' | 'latestDate'

// 2025-07-15, 2025.7.15, 2025/07/15, 2025年7月15日, 20250715: a whole day, never a year alone.
const DAY =
  /(?<!\d)((?:19|20)\d\d(?:\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])))(?!\d)/g
// A title may also state the search's own dates (申请日=2012-01-01至2024-12-31): a day after one of
// these words is the export's.
const EXPORT_WORD = /(?:导出|下载|检索日期|检索时间|生成|export|download)[^\d]{0,8}$/i

const dayOf = (text: string) => readPatentDate(text.replace(/\s+/g, ''))

/**
 * The export date a title row above the header states ("检索结果 导出日期：2025-07-15"): the day
 * after an export word, else the title's last day.
 */
function dateInTitle(rows: readonly (readonly string[])[], headerRow: number): number | undefined {
  let last: number | undefined
  for (const row of rows.slice(0, headerRow)) {
    const text = halfWidth(row.join(' '))
    for (const m of text.matchAll(DAY)) {
      const day = dayOf(m[1] ?? '')
      if (!day) continue
      if (EXPORT_WORD.test(text.slice(0, m.index))) return day
      last = day
    }
  }
  return last
}

/** A date in the file name ("专利列表_20250715.xls", "2025-07-15"), as yyyymmdd. */
function dateInFileName(name: string): number | undefined {
  const m = /(20\d\d)[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])/.exec(name)
  return m ? Number(`${m[1]}${m[2]}${m[3]}`) : undefined
}

/** The export date a list states of itself: in a title row above its header, else in its file name. */
export function statedExportDate(
  rows: readonly (readonly string[])[],
  headerRow: number,
  file: string,
): { readonly day: number; readonly from: 'title' | 'fileName' } | undefined {
  const title = dateInTitle(rows, headerRow)
  if (title) return { day: title, from: 'title' }
  const named = dateInFileName(file)
  return named ? { day: named, from: 'fileName' } : undefined
}
