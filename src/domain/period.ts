/**
 * Periods as the statistics offices publish them. Never Dates: no time zone can move a year.
 * - year:  "2022"        a flow's year total, or a stock at year end
 * - month: "2023-08"     a stock as of the end of that month
 * - span:  "2023-01..08" a flow cumulated over those months of one year
 */
export type Period =
  | { readonly type: 'year'; readonly year: number }
  | { readonly type: 'month'; readonly year: number; readonly month: number }
  | { readonly type: 'span'; readonly year: number; readonly from: number; readonly to: number }

const YEAR = /^(\d{4})$/
const MONTH = /^(\d{4})-(\d{2})$/
const SPAN = /^(\d{4})-(\d{2})\.\.(\d{2})$/

const validYear = (y: number) => y >= 1900 && y <= 2200
const validMonth = (m: number) => m >= 1 && m <= 12

/** Parses the canonical form used in data files; null when the text is not one. */
export function parsePeriod(text: string): Period | null {
  const s = text.trim()
  let m = YEAR.exec(s)
  if (m) {
    const year = Number(m[1])
    return validYear(year) ? { type: 'year', year } : null
  }
  m = MONTH.exec(s)
  if (m) {
    const year = Number(m[1])
    const month = Number(m[2])
    return validYear(year) && validMonth(month) ? { type: 'month', year, month } : null
  }
  m = SPAN.exec(s)
  if (m) {
    const year = Number(m[1])
    const from = Number(m[2])
    const to = Number(m[3])
    if (!validYear(year) || !validMonth(from) || !validMonth(to) || from > to) return null
    return { type: 'span', year, from, to }
  }
  return null
}

/** The year a text names alone ("2024"); undefined for any other text ("latest", "2024-07"). */
export function yearOf(text: string): number | undefined {
  const p = parsePeriod(text)
  return p?.type === 'year' ? p.year : undefined
}

const pad = (n: number) => String(n).padStart(2, '0')

export function formatPeriod(p: Period): string {
  switch (p.type) {
    case 'year':
      return String(p.year)
    case 'month':
      return `${p.year}-${pad(p.month)}`
    case 'span':
      return `${p.year}-${pad(p.from)}..${pad(p.to)}`
  }
}

/** Months since year 0 of the period's last month: the point in time a figure describes. */
export function endMonthIndex(p: Period): number {
  switch (p.type) {
    case 'year':
      return p.year * 12 + 11
    case 'month':
      return p.year * 12 + p.month - 1
    case 'span':
      return p.year * 12 + p.to - 1
  }
}

/** How many months a flow covers (a stock covers none; a year counts as twelve). */
export function spanMonths(p: Period): number {
  switch (p.type) {
    case 'year':
      return 12
    case 'month':
      return 0
    case 'span':
      return p.to - p.from + 1
  }
}

/** Chronological by end, shorter spans first at the same end. */
export function comparePeriods(a: Period, b: Period): number {
  return endMonthIndex(a) - endMonthIndex(b) || spanMonths(a) - spanMonths(b)
}

/**
 * A point on a time axis in UTC milliseconds: a level at the end of its last day; a flow in the
 * middle of the months it covers, so a year's total sits inside that year and not at the next one.
 */
export function periodTime(p: Period, flow = false): number {
  const end = endMonthIndex(p)
  const endTime = Date.UTC(Math.floor(end / 12), (end % 12) + 1, 0)
  const months = spanMonths(p)
  if (!flow || months === 0) return endTime
  const start = end - months + 1
  return (Date.UTC(Math.floor(start / 12), start % 12, 1) + endTime) / 2
}

export function isFullYear(p: Period): boolean {
  return p.type === 'year' || (p.type === 'span' && p.from === 1 && p.to === 12)
}
