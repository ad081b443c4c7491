import { halfWidth } from './text'

export type CellValue =
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid' }

const BLANKS = new Set(['', '-', '--', '—', '——', '–', '…', '...', '/', 'na', 'n/a', 'null', '无', '空', '暂无'])
const PLAIN = /^-?\d{1,15}(\.\d{1,15})?$/
const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/
const UNIT_SUFFIX = /^([-+]?[\d.,]+)((?:万亿|亿|万|千)?(?:件\/万人|人次|件|个|项|人|家|户|次|元|篇)?)$/
const MULTIPLIERS: readonly [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
]

/**
 * A numeric cell as typed in Chinese spreadsheets: "5,183", "５１８３", "16.2万", "104.81万件",
 * "4.8件/万人", "12.5%", "(123)" negatives in accounting style. Blanks and dashes mean "no value";
 * a unit after the number is dropped (the column's unit applies), a 万/亿 multiplies.
 */
export function parseCellValue(raw: string): CellValue {
  // Most cells of a machine-written file are plain numbers: read them without the folding below.
  if (PLAIN.test(raw)) return { kind: 'number', value: Number(raw), percent: false }
  let s = halfWidth(raw).replace(/\s+/g, '').replace(/^"|"$/g, '')
  if (BLANKS.has(s.toLowerCase())) return { kind: 'blank' }
  let sign = 1
  const paren = /^\((.*)\)$/.exec(s)
  if (paren) {
    sign = -1
    s = paren[1] ?? ''
  }
  let percent = false
  if (s.endsWith('%')) {
    percent = true
    s = s.slice(0, -1)
  }
  let scale = 1
  // Strip a trailing unit (件, 万件, 件/万人, 人), remembering 万/亿; other words make it no number.
  const unit = UNIT_SUFFIX.exec(s)
  if (unit) {
    s = unit[1] ?? ''
    const suffix = unit[2] ?? ''
    for (const [word, factor] of MULTIPLIERS) {
      if (suffix.startsWith(word)) {
        scale = factor
        break
      }
    }
  }
  if (!NUMBER.test(s)) return { kind: 'invalid' }
  const value = sign * Number(s.replace(/,/g, '')) * scale
  if (!Number.isFinite(value)) return { kind: 'invalid' }
  // Rounding away binary noise introduced by the scale (16.2 × 10^4 = 161999.99999999997).
  return { kind: 'number', value: scale === 1 ? value : Number(value.toPrecision(15)), percent }
}
