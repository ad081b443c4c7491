import { computed, ref, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import type { BriefInput } from '@/domain/narrative/brief'
import type { Bulletin } from '@/domain/bulletin/bulletin'
import { lightTheme } from '@/charts/theme'
import { download } from '@/io/download'
import { useBulletinText } from '../bulletin/useBulletinText'
import { useNames } from '../useNames'
import { useNarrative } from './useNarrative'
import { useTrendChart } from '../charts/useTrendChart'
import { useBriefDocument } from './useBriefDocument'
import { useWatermark } from '../useWatermark'

/** The brief's charts: the overview's trend indicator, then the screen's trends, four at most. */
const CHARTS = 4
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Today as "2026-12-07" in the reader's own calendar. */
export function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * The Word brief of the current view: the statistics paragraph, the trend charts, the table of the
 * figures quoted and the latest bulletin's events. `warnings` are the monitoring warnings' sentences,
 * when the view has them. The document code loads only when a brief is asked for.
 */
export function useBrief(
  region: MaybeRefOrGetter<string>,
  asOfYear: MaybeRefOrGetter<number | undefined>,
  bulletin: MaybeRefOrGetter<Bulletin | undefined>,
  warnings: MaybeRefOrGetter<readonly string[]> = [],
) {
  const { t, locale } = useI18n()
  const { dataset, settings } = storeToRefs(useDatasetStore())
  const names = useNames()
  const bulletinText = useBulletinText()
  const { facts, sentences } = useNarrative(region, asOfYear)
  const chartIds = computed(() => {
    const s = settings.value
    return s ? [...new Set([s.trend, ...s.screenTrends])].slice(0, CHARTS) : []
  })
  // Charts are computed only when read: the slots cost nothing until a brief is written.
  const charts = Array.from({ length: CHARTS }, (_, i) =>
    useTrendChart(region, () => chartIds.value[i] ?? '', lightTheme),
  )
  const briefDocument = useBriefDocument()
  const markNow = useWatermark()
  const busy = ref(false)
  const error = ref('')

  function content(): BriefInput | undefined {
    const ds = dataset.value
    if (!ds) return undefined
    const b = toValue(bulletin)
    const regionName = names.region(toValue(region))
    return {
      facts: facts.value,
      sentences: sentences.value,
      catalogue: ds.catalogue,
      lang: names.lang.value,
      labels: {
        title: t('brief.title', { region: regionName }),
        statistics: t('brief.statistics'),
        charts: t('brief.charts'),
        figures: t('brief.figures'),
        events: t('brief.events'),
        warnings: t('brief.warnings'),
        columns: [t('brief.indicator'), t('brief.period'), t('brief.value'), t('brief.unit'), t('brief.source')],
        page: t('brief.page', { page: '{page}' }),
      },
      today: today(),
      bulletin: b,
      bulletinName: b && t('bulletin.issue', { title: bulletinText.title(b), issue: bulletinText.issue(b) }),
      warnings: toValue(warnings),
    }
  }

  async function write() {
    const input = content()
    if (!input || busy.value) return
    busy.value = true
    error.value = ''
    try {
      const watermark = await markNow()
      const sources = charts
        .filter((c, i) => chartIds.value[i] && !c.empty.value)
        .map((c) => ({ title: c.title.value, option: c.option.value }))
      const marked = watermark ? { ...input, watermark } : input
      const bytes = await briefDocument.write(marked, sources, locale.value === 'en' ? 'EN' : 'ZH')
      const file = t('brief.file', { region: names.region(toValue(region)), date: today() })
      download(`${file}.docx`, new Blob([bytes], { type: DOCX }))
    } catch {
      error.value = t('brief.failed')
    } finally {
      busy.value = false
    }
  }

  return { write, busy, error }
}
