import type { Catalogue, Indicator } from '../catalogue'
import { cityRanking, provinceTables } from '../province/compare'
import type { Dataset } from '../dataset'
import { formatNumber, formatPeriodLabel, formatQuantity, formatShare } from '../display/format'
import { headline, type Headline } from './headline'
import type { Lang } from '../display/lang'
import type { Observation } from '../observation'
import { endMonthIndex } from '../period'

/** A piece of written text; a figure's piece names the source it was published in. */
interface Piece {
  readonly text: string
  readonly source?: string
}

/** One sentence of the statistics paragraph: its figures are pieces with sources. */
export type Sentence = readonly Piece[]

/**
 * The templates the paragraph is written with, in one language (the `narrative.*` messages):
 * `{name}` placeholders are filled with figures written by the display layer.
 */
export interface NarrativePhrases {
  /** A sentence of the figures of one period: `{period}`, `{region}`, `{clauses}`. */
  readonly sentence: string
  /** Between the clauses of one sentence. */
  readonly separator: string
  /** `{indicator}` `{value}`. */
  readonly clause: string
  /** Against an earlier figure: `{period}` (the base's) and `{pct}`. */
  readonly rise: string
  readonly fall: string
  /** `{period}` only. */
  readonly flat: string
  /** `{period}` (the base's) and `{multiple}`. */
  readonly multiple: string
  /** A flow's later part-year figure: `{period}`, `{value}`. */
  readonly partial: string
  /** `{province}`, `{rank}`, `{of}`. */
  readonly rank: string
}

interface Compared {
  readonly base: Observation
  readonly ratio: number
}

/** What the paragraph says about one indicator: only figures the data holds, each with a base it has. */
export interface Fact {
  readonly indicator: Indicator
  readonly figure: Observation
  readonly change?: Compared
  readonly multiple?: { readonly base: Observation; readonly multiple: number }
  readonly partial?: { readonly figure: Observation; readonly change?: Compared }
  readonly rank?: { readonly rank: number; readonly of: number; readonly province: string; readonly source: string }
}

function compared(c: Headline['comparison'] | NonNullable<Headline['partial']>['comparison']): Compared | undefined {
  return c.ok ? { base: c.base, ratio: c.ratio } : undefined
}

/** The region's rank among its province's cities in the table of exactly the figure's period, if there is one. */
function rankAt(dataset: Dataset, region: string, figure: Observation): Fact['rank'] {
  const r = dataset.catalogue.region(region)
  if (r?.level !== 'city') return undefined
  if (!provinceTables(dataset, r.parent, figure.indicator).includes(figure.periodKey)) return undefined
  const ranked = cityRanking(dataset, r.parent, figure.indicator, figure.periodKey)
  const mine = ranked.find((x) => x.item.region === region)
  return mine && { rank: mine.rank, of: ranked.length, province: r.parent, source: mine.item.source }
}

/**
 * The facts of the statistics paragraph for a region: its lead indicators and the one it is ranked
 * by, as of the end of `asOfYear` when given. A comparison is stated only when the data holds its
 * base (a like period, not zero); a ratio whose base was published elsewhere (on another population)
 * is not compared; a rank only where the province's table has the figure's very period.
 */
export function narrativeFacts(
  dataset: Dataset,
  settings: { readonly lead: readonly string[]; readonly rank: string },
  region: string,
  asOfYear?: number,
): Fact[] {
  const ids = [...new Set([...settings.lead, settings.rank].filter(Boolean))]
  return ids.flatMap((id) => {
    const h = headline(dataset, region, id, asOfYear)
    if (!h) return []
    const change = h.caveat ? undefined : compared(h.comparison)
    const three = h.threeYears
    const fact: Fact = {
      indicator: h.indicator,
      figure: h.latest,
      change,
      multiple: three && three.base !== change?.base ? three : undefined,
      partial: h.partial && { figure: h.partial.figure, change: compared(h.partial.comparison) },
      rank: rankAt(dataset, region, h.latest),
    }
    return [fact]
  })
}

type Value = string | Piece

const isPieces = (v: Piece | readonly Piece[]): v is readonly Piece[] => Array.isArray(v)

/** Fills `{name}` placeholders with text or sourced pieces. */
function fill(template: string, values: Readonly<Record<string, Value | readonly Piece[]>>): Piece[] {
  return template.split(/(\{\w+\})/).flatMap((part): readonly Piece[] => {
    const m = /^\{(\w+)\}$/.exec(part)
    const v = m ? values[m[1] as string] : part
    if (v === undefined) return part ? [{ text: part }] : []
    if (typeof v === 'string') return v ? [{ text: v }] : []
    return isPieces(v) ? v : [v]
  })
}

/** Adjacent plain text joined, so a sentence is as few pieces as it has figures. */
function merged(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = []
  for (const p of pieces) {
    const last = out.at(-1)
    if (last && last.source === undefined && p.source === undefined) out[out.length - 1] = { text: last.text + p.text }
    else out.push(p)
  }
  return out
}

function writeFact(fact: Fact, catalogue: Catalogue, lang: Lang, phrases: NarrativePhrases): Piece[] {
  const { indicator, figure } = fact
  const kind = indicator.kind
  const at = (o: Observation) => formatPeriodLabel(o.period, kind, lang, 'at')
  const value = (o: Observation): Piece => ({ text: formatQuantity(o.value, o.unit, lang), source: o.source })
  const change = (c: Compared): Piece[] => {
    const template = c.ratio > 0 ? phrases.rise : c.ratio < 0 ? phrases.fall : phrases.flat
    const period: Piece = { text: at(c.base), source: c.base.source }
    return fill(template, { period, pct: { text: formatShare(Math.abs(c.ratio)), source: c.base.source } })
  }
  const parts = fill(phrases.clause, {
    indicator: lang === 'en' ? indicator.nameEn : indicator.nameZh,
    value: value(figure),
  })
  if (fact.change) parts.push(...change(fact.change))
  if (fact.multiple) {
    const { base, multiple } = fact.multiple
    parts.push(
      ...fill(phrases.multiple, {
        period: { text: at(base), source: base.source },
        multiple: { text: formatNumber(multiple, lang), source: base.source },
      }),
    )
  }
  if (fact.rank) {
    const province = catalogue.region(fact.rank.province)
    parts.push(
      ...fill(phrases.rank, {
        province: province && lang === 'en' ? province.nameEn : fact.rank.province,
        rank: { text: formatNumber(fact.rank.rank, lang), source: fact.rank.source },
        of: formatNumber(fact.rank.of, lang),
      }),
    )
  }
  if (fact.partial) {
    const p = fact.partial
    parts.push(
      ...fill(phrases.partial, { period: formatPeriodLabel(p.figure.period, kind, lang), value: value(p.figure) }),
    )
    if (p.change) parts.push(...change(p.change))
  }
  return parts
}

/**
 * The statistics paragraph in one language: one sentence per period, newest first, each naming
 * its period once and then the figures of it in the order the facts come.
 */
export function writeNarrative(
  facts: readonly Fact[],
  region: string,
  catalogue: Catalogue,
  lang: Lang,
  phrases: NarrativePhrases,
): Sentence[] {
  const groups = new Map<string, { end: number; facts: Fact[] }>()
  for (const fact of facts) {
    const label = formatPeriodLabel(fact.figure.period, fact.indicator.kind, lang)
    const group = groups.get(label) ?? { end: endMonthIndex(fact.figure.period), facts: [] }
    group.facts.push(fact)
    groups.set(label, group)
  }
  const regionName = lang === 'en' ? (catalogue.region(region)?.nameEn ?? region) : region
  return [...groups]
    .sort(([, a], [, b]) => b.end - a.end)
    .map(([period, group]) => {
      const clauses = group.facts.flatMap((f, i) => [
        ...(i > 0 ? [{ text: phrases.separator }] : []),
        ...writeFact(f, catalogue, lang, phrases),
      ])
      return merged(fill(phrases.sentence, { period, region: regionName, clauses }))
    })
}
