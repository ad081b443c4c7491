import type { IndicatorKind } from '../catalogue'
import { MONTH_LOCALE, type Lang } from './lang'
import type { Period } from '../period'
import { onFirstUse } from './formatters'

/**
 * A UTC formatter that remembers what it wrote: Intl takes microseconds a call, and a big import's
 * table labels every one of its figures with one of a few hundred periods.
 */
function date(lang: Lang, options: Intl.DateTimeFormatOptions): (year: number, month: number) => string {
  // Built on first use, as every formatter here: most pages write a few of these kinds of date, in one language.
  const format = onFirstUse(() => new Intl.DateTimeFormat(MONTH_LOCALE[lang], { ...options, timeZone: 'UTC' }), lang)
  const written = new Map<number, string>()
  return (year, month) => {
    const key = year * 12 + month
    let text = written.get(key)
    if (text === undefined) {
      text = format().format(Date.UTC(year, month - 1, 1))
      written.set(key, text)
    }
    return text
  }
}

const YEAR = { zh: date('zh', { year: 'numeric' }), en: date('en', { year: 'numeric' }) }
const MONTH = {
  zh: date('zh', { year: 'numeric', month: 'long' }),
  en: date('en', { year: 'numeric', month: 'short' }),
}
const EN_MONTH_NAME = date('en', { month: 'short' })

/** The dash between the ends of a range of months: "1—8月", "Jan–Aug". */
export const RANGE_DASH: Record<Lang, string> = { zh: '—', en: '–' }

/** A year on its own: "2022年", "2022". */
export function formatYear(year: number, lang: Lang): string {
  return YEAR[lang](year, 1)
}

/** Years from one to another as bare numbers: "2020—2021", "2020–2021"; one year alone when they are equal. */
export function formatYearSpan(from: number, to: number, lang: Lang): string {
  const year = (y: number) => YEAR.en(y, 1)
  return from === to ? year(from) : `${year(from)}${RANGE_DASH[lang]}${year(to)}`
}

/** A month of a year: "2023年8月", "Aug 2023". */
function formatMonth(year: number, month: number, lang: Lang): string {
  return MONTH[lang](year, month)
}

/** Months of one year: "2023年1—8月", "Jan–Aug 2023". */
function formatMonths(year: number, from: number, to: number, lang: Lang): string {
  if (from === to) return formatMonth(year, from, lang)
  if (lang === 'zh') return `${formatYear(year, 'zh')}${from}${RANGE_DASH.zh}${to}月`
  const name = (m: number) => EN_MONTH_NAME(year, m)
  return `${name(from)}${RANGE_DASH.en}${name(to)} ${formatYear(year, 'en')}`
}

const END = { zh: (at: string) => `${at}末`, en: (at: string) => `end of ${at}` }
const AS_OF = { zh: (at: string) => `截至${at}`, en: (at: string) => `as of ${at}` }

/**
 * What a period means for this kind of figure: a flow's "2022年" is the year's total, a stock's
 * "2022年末" its level at year end, "截至2025年7月" a level as of a month's end ("2025年7月末"
 * in the 'at' style, for "compared with …").
 */
export function formatPeriodLabel(p: Period, kind: IndicatorKind, lang: Lang, style: 'asOf' | 'at' = 'asOf'): string {
  const stock = kind !== 'flow'
  switch (p.type) {
    case 'year':
      return stock ? END[lang](formatYear(p.year, lang)) : formatYear(p.year, lang)
    case 'month': {
      const month = formatMonth(p.year, p.month, lang)
      if (!stock) return month
      return style === 'at' ? END[lang](month) : AS_OF[lang](month)
    }
    case 'span':
      return formatMonths(p.year, p.from, p.to, lang)
  }
}
