import type { IndicatorKind } from './catalogue'
import type { Period } from './period'

export type Lang = 'zh' | 'en'

/** Up to `max` decimals, trailing zeros dropped: 104.810 → "104.81", 2.60 → "2.6". */
function trimmed(value: number, max: number): string {
  const text = value.toFixed(max)
  // Only a fraction's zeros are trailing: with no decimal point, 100 stays "100", not "1".
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

const EN_GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/**
 * A number as a reader of that language expects it: Chinese switches to 万 from 100,000 and to 亿
 * from 100,000,000 (104.81万); English groups thousands and says million/billion from 1,000,000.
 */
export function formatNumber(value: number, lang: Lang): string {
  const abs = Math.abs(value)
  if (lang === 'zh') {
    if (abs >= 1e8) return `${trimmed(value / 1e8, 2)}亿`
    if (abs >= 1e5) return `${trimmed(value / 1e4, 2)}万`
    return trimmed(value, 2)
  }
  if (abs >= 1e9) return `${trimmed(value / 1e9, 2)} billion`
  if (abs >= 1e6) return `${trimmed(value / 1e6, 2)} million`
  return EN_GROUPED.format(value)
}

const EN_UNITS: Record<string, string> = { 件: '', '件/万人': 'per 10k people', 万人: '' }
const EN_UNIT_NAMES: Record<string, string> = { 件: 'items', '件/万人': 'per 10k people', 万人: '10k people' }

/** A unit on its own, as a table column says it: "件/万人", "per 10k people". */
export function unitText(unit: string, lang: Lang): string {
  return lang === 'zh' ? unit : (EN_UNIT_NAMES[unit] ?? unit)
}

/** A value with its unit: "5183件", "104.81万件", "4.8 per 10k people", "6.43 million people". */
export function formatQuantity(value: number, unit: string, lang: Lang): string {
  if (lang === 'zh') return `${formatNumber(value, 'zh')}${unit}`
  if (unit === '万人') return `${formatNumber(value * 1e4, 'en')} people`
  const u = EN_UNITS[unit] ?? unit
  return u ? `${formatNumber(value, 'en')} ${u}` : formatNumber(value, 'en')
}

/** A signed percentage: "+43.5%", "−2.1%". */
export function formatPercentChange(ratio: number): string {
  const pct = ratio * 100
  const text = trimmed(Math.abs(pct), Math.abs(pct) >= 100 ? 0 : 1)
  if (text === '0') return '0%'
  return `${pct > 0 ? '+' : '−'}${text}%`
}

/** A share as a percentage: "67.7%". */
export function formatShare(ratio: number): string {
  return `${trimmed(ratio * 100, 1)}%`
}

/** A growth multiple: "×1.96". */
export function formatMultiple(multiple: number): string {
  return `×${multiple.toFixed(2)}`
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const enMonth = (m: number) => EN_MONTHS[m - 1] ?? String(m)

/**
 * What a period means for this kind of figure: a flow's "2022年" is the year's total, a stock's
 * "2022年末" its level at year end, "截至2025年7月" a level as of a month's end ("2025年7月末"
 * in the 'at' style, for "compared with …").
 */
export function formatPeriodLabel(p: Period, kind: IndicatorKind, lang: Lang, style: 'asOf' | 'at' = 'asOf'): string {
  const stock = kind !== 'flow'
  if (lang === 'zh') {
    switch (p.type) {
      case 'year':
        return stock ? `${p.year}年末` : `${p.year}年`
      case 'month':
        if (!stock) return `${p.year}年${p.month}月`
        return style === 'at' ? `${p.year}年${p.month}月末` : `截至${p.year}年${p.month}月`
      case 'span':
        return p.from === p.to ? `${p.year}年${p.from}月` : `${p.year}年${p.from}—${p.to}月`
    }
  }
  switch (p.type) {
    case 'year':
      return stock ? `end of ${p.year}` : String(p.year)
    case 'month':
      if (!stock) return `${enMonth(p.month)} ${p.year}`
      return style === 'at' ? `end of ${enMonth(p.month)} ${p.year}` : `as of ${enMonth(p.month)} ${p.year}`
    case 'span':
      return p.from === p.to ? `${enMonth(p.from)} ${p.year}` : `${enMonth(p.from)}–${enMonth(p.to)} ${p.year}`
  }
}

/** A calendar date "2023-04-20" as "2023年4月20日" / "20 Apr 2023". */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return lang === 'zh' ? `${y}年${mo}月${d}日` : `${d} ${enMonth(mo)} ${y}`
}
