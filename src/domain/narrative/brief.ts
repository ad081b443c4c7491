import type { Bulletin } from '../bulletin/bulletin'
import type { Catalogue } from '../catalogue'
import { formatDate, formatExactNumber, formatPeriodLabel, unitText } from '../display/format'
import type { Lang } from '../display/lang'
import type { Fact, Sentence } from './narrative'
import type { Observation } from '../observation'

/** The brief's words in one language (the `brief.*` messages, filled). */
interface BriefLabels {
  readonly title: string
  readonly statistics: string
  readonly charts: string
  readonly figures: string
  readonly events: string
  readonly warnings: string
  /** The table's columns: indicator, period, value, unit, source. */
  readonly columns: readonly [string, string, string, string, string]
  /** The footer's page number, `{page}` standing where the number goes. */
  readonly page: string
}

/** What a Word brief says, in one language, before its charts are drawn: plain data a worker can take. */
export interface Brief {
  readonly lang: Lang
  readonly title: string
  /** A mark above the masthead, e.g. 内部资料 on a brief the server sends. */
  readonly mark?: string
  /** The watermark (内部资料 · who · when), on every page when the server has it on. */
  readonly watermark?: string
  readonly issuer?: string
  readonly date: string
  readonly headings: Omit<BriefLabels, 'title' | 'columns' | 'page'>
  readonly page: string
  readonly statistics: readonly string[]
  readonly table: { readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] }
  readonly events?: {
    readonly from: string
    readonly items: readonly { readonly date: string; readonly title: string }[]
  }
  readonly warnings: readonly string[]
}

export interface BriefInput {
  readonly facts: readonly Fact[]
  readonly sentences: readonly Sentence[]
  readonly catalogue: Catalogue
  readonly lang: Lang
  readonly labels: BriefLabels
  /** Today, "2026-12-07": the brief's date. */
  readonly today: string
  /** The latest bulletin about the region, whose events the brief lists and whose issuer it names. */
  readonly bulletin?: Bulletin
  /** How the bulletin's events are headed: its title and issue. */
  readonly bulletinName?: string
  /** Sentences of the monitoring warnings, when there are any. */
  readonly warnings?: readonly string[]
  /** A mark above the masthead (内部资料), when the brief carries one. */
  readonly mark?: string
  /** The watermark's words, when the server has it on. */
  readonly watermark?: string
}

/** Every figure the paragraph quotes, in its order: the figure, then the bases it was compared with. */
function quoted(facts: readonly Fact[]): Observation[] {
  const all = facts.flatMap((f) => [
    f.figure,
    ...(f.change ? [f.change.base] : []),
    ...(f.multiple ? [f.multiple.base] : []),
    ...(f.partial ? [f.partial.figure, ...(f.partial.change ? [f.partial.change.base] : [])] : []),
  ])
  return [...new Set(all)]
}

/** The content of the Word brief: masthead, the statistics paragraph, the table of its figures, the latest events. */
export function briefContent(input: BriefInput): Brief {
  const { catalogue, lang, labels, bulletin } = input
  const en = lang === 'en'
  const pick = (zh: string, english: string) => (en && english ? english : zh)
  const rows = quoted(input.facts).map((o) => {
    const indicator = catalogue.indicator(o.indicator)
    return [
      (en ? indicator?.nameEn : indicator?.nameZh) ?? o.indicator,
      formatPeriodLabel(o.period, indicator?.kind ?? 'flow', lang),
      formatExactNumber(o.value, lang),
      unitText(o.unit, lang),
      o.source,
    ]
  })
  return {
    lang,
    title: labels.title,
    ...(input.mark ? { mark: input.mark } : {}),
    ...(input.watermark ? { watermark: input.watermark } : {}),
    issuer: bulletin && pick(bulletin.publisher, bulletin.publisherEn),
    date: formatDate(input.today, lang),
    headings: {
      statistics: labels.statistics,
      charts: labels.charts,
      figures: labels.figures,
      events: labels.events,
      warnings: labels.warnings,
    },
    page: labels.page,
    statistics: input.sentences.map((s) => s.map((p) => p.text).join('')),
    table: { columns: labels.columns, rows },
    events: bulletin && {
      from: input.bulletinName ?? '',
      items: bulletin.items.map((i) => ({ date: formatDate(i.date, lang), title: pick(i.title, i.titleEn) })),
    },
    warnings: input.warnings ?? [],
  }
}
