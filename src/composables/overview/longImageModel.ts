import type { Headline } from '@/domain/narrative/headline'
import type { Sentence } from '@/domain/narrative/narrative'
import type { KpiText } from './useKpiText'

/** What the long image shows, in the reader's language: the drawing only lays it out. */
export interface LongImageModel {
  readonly title: string
  readonly made: string
  readonly kpis: readonly {
    readonly name: string
    readonly figure: string
    readonly unit: string
    readonly period: string
    readonly change: string
    readonly extras: readonly string[]
    readonly source: string
  }[]
  readonly narrativeTitle: string
  readonly narrative: readonly string[]
  readonly trendTitle: string
  readonly warningsTitle: string
  readonly warnings: readonly string[]
  readonly footTitle: string
  /** Each figure's 截至 date and source. */
  readonly foot: readonly string[]
  readonly note: string
}

interface LongImageInput {
  readonly t: (key: string, values?: Record<string, unknown>) => string
  readonly regionName: string
  readonly today: string
  readonly headlines: readonly Headline[]
  readonly kpiText: (h: Headline) => KpiText
  readonly sentences: readonly Sentence[]
  readonly trendTitle: string
  readonly warnings: readonly string[]
}

/** The long image's words from the overview's own: its cards, its paragraph, its trend and its warnings. */
export function longImageModel(input: LongImageInput): LongImageModel {
  const { t } = input
  const kpis = input.headlines.map((h) => {
    const k = input.kpiText(h)
    return {
      name: k.name,
      figure: k.figure,
      unit: k.unit,
      period: k.period,
      change: k.comparison.text + (k.comparison.detail ?? ''),
      extras: [k.threeYears, k.partial, h.caveat ? t('kpi.caveat') : ''].filter(Boolean),
      source: h.latest.source,
    }
  })
  return {
    title: t('app.overview', { region: input.regionName }),
    made: t('longImage.made', { date: input.today }),
    kpis,
    narrativeTitle: t('narrative.title'),
    narrative: input.sentences.map((s) => s.map((p) => p.text).join('')),
    trendTitle: input.trendTitle,
    warningsTitle: t('watch.title'),
    warnings: input.warnings.length ? input.warnings : [t('watch.none')],
    footTitle: t('longImage.foot'),
    foot: kpis.map((k) => t('longImage.source', { name: k.name, period: k.period, source: k.source })),
    note: t('footer.sources'),
  }
}
