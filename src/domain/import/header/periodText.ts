import { formatPeriod, parsePeriod, type Period } from '../../period'
import { halfWidth } from '../text'

const pad = (n: number) => String(n).padStart(2, '0')
const DASH = '[-–—~～至到]'

/** Parts of a year a flow is summed over, as months. */
const PARTS_OF_YEAR: Record<string, string> = {
  上半年: '01..06',
  下半年: '07..12',
  前三季度: '01..09',
  一季度: '01..03',
  二季度: '04..06',
  三季度: '07..09',
  四季度: '10..12',
}

/**
 * A period as people write it: "2022", "2022年", "2022年度", "2023-08", "2023.8", "2023/08",
 * "2023年8月", "2023年1-8月", "2023年1—8月", "2023-01..08", "2023年1月至8月", "2023年上半年" (01..06),
 * "2023年一季度". Null when it is none.
 */
export function parsePeriodText(raw: string): Period | null {
  const s = halfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/(年度|年末|年底|末)$/, (m) => (m.startsWith('年') ? '年' : ''))
  const canonical = parsePeriod(s)
  if (canonical) return canonical
  let m =
    new RegExp(`^(\\d{4})年?(\\d{1,2})月?${DASH}(\\d{1,2})月$`).exec(s) ??
    new RegExp(`^(\\d{4})年(\\d{1,2})月${DASH}(\\d{1,2})月?$`).exec(s)
  if (m) return parsePeriod(`${m[1]}-${pad(Number(m[2]))}..${pad(Number(m[3]))}`)
  m = /^(\d{4})年(上半年|下半年|前三季度|第?[一二三四]季度)$/.exec(s)
  const months = m ? PARTS_OF_YEAR[(m[2] ?? '').replace(/^第/, '')] : undefined
  if (m && months) return parsePeriod(`${m[1]}-${months}`)
  m = /^(\d{4})年(\d{1,2})月份?$/.exec(s) ?? /^(\d{4})[-./](\d{1,2})$/.exec(s)
  if (m) return parsePeriod(`${m[1]}-${pad(Number(m[2]))}`)
  m = /^(\d{4})年?$/.exec(s)
  if (m) return parsePeriod(m[1] ?? '')
  return null
}

export interface PeriodHint {
  readonly year?: number
  readonly month?: number
  /** Months of a flow named in a header, e.g. "(1-8月)" or "(8月)". */
  readonly from?: number
  readonly to?: number
}

/**
 * Finds a period mentioned inside a longer text: a title ("2023年8月湖南省专利授权量统计表"), a file
 * name ("hunan-valid-invention-patents-2025-07.csv") or a header ("当年授权量(1-8月)").
 */
export function findPeriodHint(raw: string): PeriodHint {
  const s = halfWidth(raw)
  let m = new RegExp(`(\\d{4})年(\\d{1,2})${DASH}(\\d{1,2})月`).exec(s)
  if (m) return { year: Number(m[1]), from: Number(m[2]), to: Number(m[3]), month: Number(m[3]) }
  m = new RegExp(`(?:^|\\D)(\\d{1,2})${DASH}(\\d{1,2})月`).exec(s)
  const span = m ? { from: Number(m[1]), to: Number(m[2]) } : {}
  m = /(\d{4})年(\d{1,2})月/.exec(s) ?? /(?:^|\D)(\d{4})[-_.](\d{2})(?!\d)/.exec(s)
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { year: Number(m[1]), month: Number(m[2]), ...span }
  const single = /\((\d{1,2})月\)/.exec(s)
  m = /(\d{4})年/.exec(s) ?? /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(s)
  if (m) return { year: Number(m[1]), ...span, ...(single ? { from: Number(single[1]), to: Number(single[1]) } : {}) }
  if (single) return { from: Number(single[1]), to: Number(single[1]) }
  return span
}

/**
 * What a header's words say about the months of its flow: 当年/本年/年初至今/累计 count from January,
 * 当月/本月 the month alone.
 */
export function monthsNamed(name: string): 'yearToDate' | 'month' | undefined {
  if (/^(?:当年|本年|年初至今|今年|累计)/.test(name)) return 'yearToDate'
  if (/^(?:当月|本月)/.test(name)) return 'month'
  return undefined
}

/** Words a statistical label prints for its period: "2023年", "2024年末", "截至2025年7月", "2023年1—8月". */
const PERIOD_WORDS = `(?:截至|截止到?)?\\d{4}年(?:度|末|底|[上下]半年|前三季度|第?[一二三四]季度|\\d{1,2}(?:月?${DASH}\\d{1,2})?月(?:份|末|底)?)?`
const LEADING = new RegExp(`^(${PERIOD_WORDS})[\\s:：-]*(?=[^\\d\\s月])`)
const TRAILING = new RegExp(`(?<=[^\\d\\s])[\\s:：-]*(${PERIOD_WORDS})$`)

/** "截至2025年7月": a moment, which a level is counted at and a flow is not. */
export const isAsOf = (words: string) => /^截(?:至|止)/.test(words)

/** The period a label names besides its indicator: canonical, as written, and whether it is a moment (截至…). */
export interface LabelPeriod {
  readonly key: string
  readonly words: string
  readonly asOf: boolean
}

/**
 * Splits the period off a label that prints one before or after its name ("2023年专利授权量",
 * "专利授权量2023年", "截至2025年7月有效发明专利量"): the name left, and the period if its words
 * are one the period grammar holds exactly. A label that is a period alone keeps it as its name.
 */
export function splitLabelPeriod(label: string): { readonly name: string; readonly period?: LabelPeriod } {
  const s = halfWidth(label).trim()
  if (parsePeriodText(s)) return { name: label }
  const m = LEADING.exec(s) ?? TRAILING.exec(s)
  const words = m?.[1]
  if (!m || !words) return { name: label }
  const p = parsePeriodWords(words)
  if (!p) return { name: label }
  return { name: s.replace(m[0], '').trim(), period: { key: formatPeriod(p), words, asOf: isAsOf(words) } }
}

/** The period of a label's words, "截至" aside ("截至2025年7月底" → 2025-07); null when none. */
export function parsePeriodWords(words: string): Period | null {
  return parsePeriodText(words.replace(/^截(?:至|止到?)/, '').replace(/月[末底]$/, '月'))
}
