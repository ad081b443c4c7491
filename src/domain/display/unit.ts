import type { Lang } from './lang'
import { formatExactLargeNumber, formatNumber } from './number'

interface UnitName {
  /** The unit's one English name, as a table column or a label beside a figure says it. */
  readonly en: string
  /** A count: in English the figure alone says it ("5,183", not "5,183 items"). */
  readonly count?: true
  /** Figures in this unit are this many people: 643.43 万人 reads "6.43 million people". */
  readonly people?: number
  /** Written straight after the figure, with no space: "10%". */
  readonly tight?: true
  /** A figure with its unit reads in another English unit: 80 亿元 is "8 billion yuan". */
  readonly reads?: { readonly factor: number; readonly en: string }
}

/** The units of the catalogue. A unit not listed is shown as the data writes it. */
const UNITS: Readonly<Record<string, UnitName>> = {
  件: { en: 'items', count: true },
  '件/万人': { en: 'per 10k people' },
  万人: { en: '10k people', people: 1e4 },
  '%': { en: '%', tight: true },
  亿元: { en: '100 million yuan', reads: { factor: 0.1, en: 'billion yuan' } },
  个: { en: '', count: true },
}

/** A unit on its own, as a table column says it: "件/万人", "per 10k people". */
export function unitText(unit: string, lang: Lang): string {
  return lang === 'zh' ? unit : (UNITS[unit]?.en ?? unit)
}

/** The unit beside a figure written on its own (a headline number): "件", "per 10k people"; nothing for an English count. */
export function unitBeside(unit: string, lang: Lang): string {
  if (lang === 'zh') return unit
  const u = UNITS[unit]
  return u?.count ? '' : (u?.en ?? unit)
}

function quantity(value: number, unit: string, lang: Lang, figure: (value: number, lang: Lang) => string): string {
  if (lang === 'zh') return `${figure(value, 'zh')}${unit}`
  const u = UNITS[unit]
  if (u?.people) return `${figure(value * u.people, 'en')} people`
  if (u?.reads) return `${figure(value * u.reads.factor, 'en')} ${u.reads.en}`
  const name = unitBeside(unit, 'en')
  const number = figure(value, 'en')
  return name ? `${number}${u?.tight ? '' : ' '}${name}` : number
}

/** A value with its unit: "5183件", "104.81万件", "4.8 per 10k people", "6.43 million people". */
export function formatQuantity(value: number, unit: string, lang: Lang): string {
  return quantity(value, unit, lang, formatNumber)
}

/** A value with its unit to six decimals, as a base a note quotes: "730.06万人", "7.3006 million people". */
export function formatExactQuantity(value: number, unit: string, lang: Lang): string {
  return quantity(value, unit, lang, formatExactLargeNumber)
}
