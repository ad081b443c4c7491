import { NUMBER_LOCALE, type Lang } from './lang'
import { onFirstUse, perLang } from './formatters'

/** What stands where a figure is missing or not a number. */
const NO_FIGURE = '—'

const number = (lang: Lang, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(NUMBER_LOCALE[lang], { signDisplay: 'negative', ...options })

const PLAIN = perLang((lang) =>
  number(lang, lang === 'zh' ? { maximumFractionDigits: 2, useGrouping: false } : { maximumFractionDigits: 2 }),
)
const LARGE = perLang((lang) =>
  number(lang, { notation: 'compact', maximumFractionDigits: 2, ...(lang === 'en' && { compactDisplay: 'long' }) }),
)
const SHORT = perLang((lang) => number(lang, { notation: 'compact', maximumFractionDigits: 1 }))
const EXACT = perLang((lang) =>
  number(lang, lang === 'zh' ? { maximumFractionDigits: 6, useGrouping: false } : { maximumFractionDigits: 6 }),
)
const EXACT_LARGE = perLang((lang) =>
  number(lang, { notation: 'compact', maximumFractionDigits: 6, ...(lang === 'en' && { compactDisplay: 'long' }) }),
)
/** Where each language stops writing a figure in full: 10万 as the province writes it, 1 million. */
const LARGE_FROM: Record<Lang, number> = { zh: 1e5, en: 1e6 }

/**
 * A number as a reader of that language expects it: Chinese in full without grouping below 100,000,
 * then in 万 and 亿 (104.81万); English grouped (59,590), then in millions and billions (1.05 million).
 */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return NO_FIGURE
  return (Math.abs(value) >= LARGE_FROM[lang] ? LARGE : PLAIN)(lang).format(value)
}

/** A number where room is short, as on a chart's axis: "5.9万", "59.6K", "1.2M". */
export function formatShortNumber(value: number, lang: Lang): string {
  return Number.isFinite(value) ? SHORT(lang).format(value) : NO_FIGURE
}

/** A figure to six decimals, as a table lists it: 5183 in Chinese, 5,183 in English. */
export function formatExactNumber(value: number, lang: Lang): string {
  return Number.isFinite(value) ? EXACT(lang).format(value) : NO_FIGURE
}

/** A figure to six decimals, in 万 or millions where formatNumber uses them: "730.06万", "7.3006 million". */
export function formatExactLargeNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return NO_FIGURE
  return (Math.abs(value) >= LARGE_FROM[lang] ? EXACT_LARGE : EXACT)(lang).format(value)
}

const percent = (digits: number, sign: boolean) =>
  onFirstUse(
    () =>
      new Intl.NumberFormat(NUMBER_LOCALE.en, {
        style: 'percent',
        maximumFractionDigits: digits,
        signDisplay: sign ? 'exceptZero' : 'negative',
      }),
  )
const CHANGE = percent(1, true)
/** From 100% on a change is read in whole percents: "+123%", not "+123.4%". */
const LARGE_CHANGE = percent(0, true)
const SHARE = percent(1, false)
const MULTIPLE = onFirstUse(
  () => new Intl.NumberFormat(NUMBER_LOCALE.en, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
)

/** A signed percentage with a true minus sign: "+43.5%", "−2.1%"; "0%" for a change too small to show. */
export function formatPercentChange(ratio: number): string {
  if (!Number.isFinite(ratio)) return NO_FIGURE
  return (Math.abs(ratio) >= 1 ? LARGE_CHANGE : CHANGE)().format(ratio).replace('-', '−')
}

/** A share as a percentage: "67.7%". */
export function formatShare(ratio: number): string {
  return Number.isFinite(ratio) ? SHARE().format(ratio) : NO_FIGURE
}

/** A growth multiple: "×1.96". */
export function formatMultiple(multiple: number): string {
  return Number.isFinite(multiple) ? `×${MULTIPLE().format(multiple)}` : NO_FIGURE
}
