import type { CitedFigure, CitedRank, GrowthClaim } from './bulletin'
import type { Catalogue, Indicator } from '../catalogue'
import { formatPeriod, parsePeriod, type Period } from '../period'
import { periodForKind } from '../periodKind'

/** What the prose of one item cites: figures, places in the province and growth claims. */
export interface ProseFigures {
  readonly figures: CitedFigure[]
  readonly ranks: CitedRank[]
  readonly claims: GrowthClaim[]
}

/** What a bulletin says about itself that its prose leans on. */
export interface ProseContext {
  readonly catalogue: Catalogue
  /** The region a figure is about when its sentence names none (the bulletin's). */
  readonly region: string
  /** The bulletin's year and month: "今年以来", "截至7月底" are read against them. */
  readonly year: number
  readonly month: number
}

const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
}

/** "3", "三", "十二" as a number (small counts only: years, places, months). */
export function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  if (!/^[一二两三四五六七八九十]+$/.test(text)) return null
  if (!text.includes('十')) return text.length === 1 ? (DIGITS[text] ?? null) : null
  const [tens, ones] = text.split('十')
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0)
}

const N = '(\\d+|[一二两三四五六七八九十]+)'
const DASH = '[-－—–~～至到]+'
const SENTENCE_END = /[。！？；;!?\n]/

/** A time the prose names, and where: the figures after it in its sentence are of that time. */
interface TimeMention {
  readonly at: number
  readonly end: number
  readonly period: Period
}

/**
 * Times named in a text, in order: "2023年1—8月" (months of a year), "截至7月底"/"截至2025年7月末"
 * (to the end of a month), "今年以来", "上半年", "2022年"/"全年"/"去年". Days ("4月20日") are dates of
 * events, not periods of figures, and are skipped.
 */
function timeMentions(text: string, ctx: ProseContext): TimeMention[] {
  // A month later than the bulletin's, without a year, is of the year before.
  const yearOfMonth = (month: number) => (month > ctx.month ? ctx.year - 1 : ctx.year)
  const patterns: [RegExp, (m: RegExpExecArray) => Period | null][] = [
    [
      new RegExp(`(?:(\\d{4})年)?${N}${DASH}${N}月(?!\\d|[一二三四五六七八九十]|份?\\d+日)`, 'g'),
      (m) => {
        const from = smallNumber(m[2] ?? '')
        const to = smallNumber(m[3] ?? '')
        if (!from || !to || from > to || to > 12) return null
        return { type: 'span', year: m[1] ? Number(m[1]) : yearOfMonth(to), from, to }
      },
    ],
    [
      new RegExp(`(?:截至|截止|到)(?:(\\d{4})年)?${N}月(?:底|末|份)?(?!\\d|[一二三四五六七八九十]|份?\\d+日)`, 'g'),
      (m) => {
        const to = smallNumber(m[2] ?? '')
        if (!to || to > 12) return null
        return { type: 'span', year: m[1] ? Number(m[1]) : yearOfMonth(to), from: 1, to }
      },
    ],
    [/今年以来|年初以来|今年/g, () => ({ type: 'span', year: ctx.year, from: 1, to: ctx.month })],
    [/(?:(\d{4})年)?上半年/g, (m) => ({ type: 'span', year: m[1] ? Number(m[1]) : ctx.year, from: 1, to: 6 })],
    [/去年|上年/g, () => ({ type: 'year', year: ctx.year - 1 })],
    [/(\d{4})年(?:末|底|度|全年)?(?!\d|[一二三四五六七八九十]+月|第)/g, (m) => ({ type: 'year', year: Number(m[1]) })],
  ]
  const found: TimeMention[] = []
  for (const [re, read] of patterns) {
    for (const m of text.matchAll(re)) {
      const period = read(m)
      const at = m.index ?? 0
      const end = at + m[0].length
      // A shorter pattern inside a longer one already read ("2023年" in "2023年1—8月") is not a time of its own.
      if (period && !found.some((f) => f.at <= at && end <= f.end)) found.push({ at, end, period })
    }
  }
  return found.sort((a, b) => a.at - b.at)
}

/** A number as written with its unit: "5183件", "1.2万件", "59,590件", "3.5亿元", "12.5%". */
const QUANTITY = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(万|亿)?\s*(件\/万人|件|项|个|家|人|元|%)?/g
const MULTIPLIER: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 }

/** The value in the indicator's unit, or null when the written unit is another one. */
function valueIn(indicator: Indicator, raw: string, scale: string, unit: string): number | null {
  const value = Number(raw.replace(/,/g, ''))
  if (!Number.isFinite(value) || !unit) return null
  // The catalogue's unit as written ("万人" for a population in 万人).
  if (indicator.unit === scale + unit || (indicator.unit.startsWith(scale + unit) && scale)) return value
  if (!indicator.unit.startsWith(unit)) return null
  const times = scale ? (MULTIPLIER[scale] ?? 1) : 1
  return Math.round(value * times * 1e6) / 1e6
}

interface NameAt {
  readonly indicator: Indicator
  readonly at: number
  readonly end: number
}

/** Every catalogue name of an indicator (Chinese names and aliases), longest first. */
function indicatorNames(catalogue: Catalogue): [string, Indicator][] {
  const names: [string, Indicator][] = []
  for (const i of catalogue.indicators.values())
    for (const n of [i.nameZh, i.shortZh ?? '', ...i.aliases]) if (n.length >= 2) names.push([n, i])
  return names.sort((a, b) => b[0].length - a[0].length)
}

/** The indicator named last before `pos` in the clause ("全年专利授权5183件" → 专利授权), the longest name winning. */
function indicatorBefore(text: string, from: number, pos: number, names: [string, Indicator][]): NameAt | null {
  const clause = text.slice(from, pos)
  let best: NameAt | null = null
  for (const [name, indicator] of names) {
    const i = clause.lastIndexOf(name)
    if (i < 0) continue
    const end = from + i + name.length
    if (!best || end > best.end || (end === best.end && from + i < best.at)) best = { indicator, at: from + i, end }
  }
  // The number follows its name closely: "有效发明专利达4558件", "专利授权量为5183件".
  if (!best || pos - best.end > 8 || /\d/.test(text.slice(best.end, pos))) return null
  return best
}

const CLAUSE_END = /[，,。！？；;、\n]/

function clauseStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (CLAUSE_END.test(text[i] ?? '')) return i + 1
  return 0
}

function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (SENTENCE_END.test(text[i] ?? '')) return i + 1
  return 0
}

/** The region named last in the sentence before `pos`, or the bulletin's; "全省第6位" names a scope, not a region. */
function regionBefore(text: string, pos: number, ctx: ProseContext): string {
  const start = sentenceStart(text, pos)
  let best: { name: string; end: number } | null = null
  for (const r of ctx.catalogue.regions.values()) {
    for (const n of [r.name, ...r.aliases]) {
      if (n.length < 2) continue
      for (let i = text.indexOf(n, start); i >= 0 && i < pos; i = text.indexOf(n, i + 1)) {
        const end = i + n.length
        if (end > pos || /^(?:排名)?第/.test(text.slice(end))) continue
        if (!best || end > best.end) best = { name: r.name, end }
      }
    }
  }
  return best?.name ?? ctx.region
}

const RANK = new RegExp(`(?:居|位居|排名|排|列)?(全省|全国)(?:排名)?(?:第|前)${N}(?:位|名)?`, 'g')
const DOUBLED = new RegExp(`较${N}年前(?:均)?(?:实现)?翻(一番|两番|番)|${N}年(?:实现)?翻(一番|两番|番)`, 'g')
const YOY = /(同比|较上年|比上年)(?:分别)?(增长|提高|上升|下降|减少)(\d+(?:\.\d+)?)%/g

const shift = (p: Period, years: number): Period => ({ ...p, year: p.year - years })

/**
 * Reads the figures an item's text cites: each number with a unit right after a catalogue name of an
 * indicator, with the region named before it in its sentence (else the bulletin's) and the time named
 * last before it in the item (else the bulletin's year to its month). Places in the province and growth
 * claims attach to the figure cited last before them.
 */
export function readProseFigures(text: string, ctx: ProseContext): ProseFigures {
  const names = indicatorNames(ctx.catalogue)
  const times = timeMentions(text, ctx)
  const fallback: Period = { type: 'span', year: ctx.year, from: 1, to: ctx.month }
  const timeAt = (pos: number) => times.filter((t) => t.end <= pos).at(-1)?.period ?? fallback
  const figures: (CitedFigure & { at: number })[] = []
  for (const m of text.matchAll(QUANTITY)) {
    const at = m.index ?? 0
    const name = indicatorBefore(text, clauseStart(text, at), at, names)
    if (!name) continue
    const value = valueIn(name.indicator, m[1] ?? '', m[2] ?? '', m[3] ?? '')
    if (value === null) continue
    const period = periodForKind(timeAt(name.at), name.indicator.kind)
    figures.push({
      region: regionBefore(text, name.at, ctx),
      periodKey: formatPeriod(period),
      indicator: name.indicator.id,
      value,
      at,
    })
  }
  const lastBefore = (pos: number) => figures.filter((f) => f.at < pos && f.at >= sentenceStart(text, pos)).at(-1)

  const ranks: CitedRank[] = []
  for (const m of text.matchAll(RANK)) {
    const f = lastBefore(m.index ?? 0)
    const rank = smallNumber(m[2] ?? '')
    if (f && rank) ranks.push({ region: f.region, periodKey: f.periodKey, indicator: f.indicator, rank, text: m[0] })
  }

  const claims: GrowthClaim[] = []
  for (const m of text.matchAll(DOUBLED)) {
    const f = lastBefore(m.index ?? 0)
    const years = smallNumber(m[1] ?? m[3] ?? '')
    const times = (m[2] ?? m[4]) === '两番' ? 4 : 2
    if (!f || !years) continue
    const period = parsePeriod(f.periodKey) ?? fallback
    claims.push({
      region: f.region,
      periodKey: f.periodKey,
      basePeriodKey: formatPeriod(shift(period, years)),
      multiple: times,
      text: m[0],
    })
  }
  for (const m of text.matchAll(YOY)) {
    const f = lastBefore(m.index ?? 0)
    if (!f) continue
    const pct = Number(m[3]) * (m[2] === '下降' || m[2] === '减少' ? -1 : 1)
    claims.push({
      region: f.region,
      periodKey: f.periodKey,
      basePeriodKey: formatPeriod(shift(parsePeriod(f.periodKey) ?? fallback, 1)),
      multiple: Math.round((1 + pct / 100) * 1e6) / 1e6,
      text: m[0],
      indicator: f.indicator,
    })
  }
  return { figures: figures.map(({ at: _at, ...f }) => f), ranks, claims }
}
