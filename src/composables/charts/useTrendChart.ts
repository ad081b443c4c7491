import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { trendLines, type TrendLine } from '@/domain/trend'
import { RANGE_DASH, formatNumber, formatPeriodLabel, formatShortNumber, unitText } from '@/domain/display/format'
import { buildTrendOption } from '@/charts/options/trend'
import type { ChartTable } from '@/charts/table'
import type { ChartTheme } from '@/charts/theme'
import { useNames } from '../useNames'
import { useTrendEvents } from './useTrendEvents'
import { byCodeUnits } from '@/domain/order'

/** The trend chart of one indicator for one region, its table, and its title. */
export function useTrendChart(
  region: MaybeRefOrGetter<string>,
  indicator: MaybeRefOrGetter<string>,
  theme: MaybeRefOrGetter<ChartTheme>,
) {
  const { t } = useI18n()
  const { dataset } = storeToRefs(useDatasetStore())
  const names = useNames()

  const kind = computed(() => dataset.value?.catalogue.indicator(toValue(indicator))?.kind ?? 'stock')
  const unit = computed(() => dataset.value?.catalogue.indicator(toValue(indicator))?.unit ?? '')
  const lines = computed(() => (dataset.value ? trendLines(dataset.value, toValue(region), toValue(indicator)) : []))

  const lineName = (line: TrendLine) => {
    const shape =
      line.shape === 'ytd'
        ? t('trend.ytd', { months: line.months.replace('-', RANGE_DASH[names.lang.value]) })
        : t(`trend.${line.shape}`)
    return line.status === 'actual' ? shape : `${t(`status.${line.status}`)}（${shape}）`
  }

  const title = computed(() =>
    t('trend.title', { region: names.region(toValue(region)), indicator: names.indicator(toValue(indicator)) }),
  )

  const events = useTrendEvents(region)

  const option = computed(() =>
    buildTrendOption(
      {
        lines: lines.value,
        lineName,
        pointLabel: (o) => formatPeriodLabel(o.period, kind.value, names.lang.value),
        valueText: (v) => formatNumber(v, names.lang.value),
        axisText: (v) => formatShortNumber(v, names.lang.value),
        // A flow's boundary is the year that starts there; a level's is the end of the year before.
        boundaryLabel: (year) =>
          kind.value === 'flow'
            ? String(year)
            : formatPeriodLabel({ type: 'year', year: year - 1 }, 'stock', names.lang.value),
        events: events.value,
      },
      toValue(theme),
    ),
  )

  const table = computed<ChartTable>(() => {
    // Names and the unit once per line, not once per row: a series of a big import has thousands.
    const lineNames = new Map(lines.value.map((l) => [l.id, lineName(l)]))
    const unitLabel = unitText(unit.value, names.lang.value)
    return {
      columns: [t('chart.period'), t('chart.value'), t('chart.unit'), t('chart.status'), t('chart.source')],
      rows: lines.value
        .flatMap((l) => l.points.map((p) => ({ line: l, o: p.observation, time: p.time })))
        .sort((a, b) => a.time - b.time || byCodeUnits(a.line.id, b.line.id))
        .map(({ line, o }) => [
          formatPeriodLabel(o.period, kind.value, names.lang.value),
          o.value,
          unitLabel,
          lineNames.get(line.id) ?? '',
          o.source,
        ]),
    }
  })

  return { title, option, table, lines, empty: computed(() => lines.value.length === 0) }
}
