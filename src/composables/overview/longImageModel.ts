import type { Headline } from '@/domain/narrative/headline'
import type { Sentence } from '@/domain/narrative/narrative'
import { chartPng, type ChartOption } from '@/charts/echarts'
import { download } from '@/io/download'
import { drawLongImage } from '@/io/longImage'
import type { KpiText } from './useKpiText'
import { today } from './useBrief'

/** The trend as drawn into the long image: half its inner width at twice the pixels, so its labels read on a phone. */
const CHART = { width: 492, height: 230, pixelRatio: 2 }

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
  readonly lang: 'ZH' | 'EN'
  readonly regionName: string
  readonly headlines: readonly Headline[]
  readonly kpiText: (h: Headline) => KpiText
  readonly sentences: readonly Sentence[]
  readonly trend: { readonly title: string; readonly option: ChartOption } | undefined
  readonly warnings: readonly string[]
}

/** The long image's words from the overview's own: its cards, its paragraph, its trend and its warnings. */
function longImageModel(input: LongImageInput): LongImageModel {
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
    made: today(),
    kpis,
    narrativeTitle: t('narrative.title'),
    narrative: input.sentences.map((s) => s.map((p) => p.text).join('')),
    trendTitle: input.trend?.title ?? '',
    warningsTitle: t('watch.title'),
    warnings: input.warnings.length ? input.warnings : [t('watch.none')],
    footTitle: t('longImage.foot'),
    foot: kpis.map((k) => t('longImage.source', { name: k.name, period: k.period, source: k.source })),
    note: t('footer.sources'),
  }
}

/** Draws the long image, downloads it, and returns its model as JSON. */
export async function longImage(input: LongImageInput, mark: string | null): Promise<string> {
  const model = longImageModel(input)
  const chart = input.trend && (await chartPng(input.trend.option, CHART, input.lang))
  const png = await drawLongImage(model, chart, mark)
  download(`${model.title}-${model.made}.png`, png)
  return JSON.stringify(model)
}
