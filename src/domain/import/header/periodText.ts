import { parsePeriod, type Period } from '../../period'
import { halfWidth } from '../text'

const pad = (n: number) => String(n).padStart(2, '0')
const DASH = '[-–—~～至到]'

/**
 * A period as people write it: "2022", "2022年", "2022年度", "2023-08", "2023.8", "2023/08",
 * "2023年8月", "2023年1-8月", "2023年1—8月", "2023-01..08", "2023年1月至8月". Null when it is none.
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
