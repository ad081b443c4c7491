import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { cityRanking, composition, provinceTables, rankHistory } from '@/domain/province/compare'
import { formatNumber, formatPeriodLabel, formatShare, unitText } from '@/domain/display/format'
import { parsePeriod } from '@/domain/period'
import { buildRankingOption } from '@/charts/options/ranking'
import { buildRankHistoryOption } from '@/charts/options/rankHistory'
import { buildCompositionOption } from '@/charts/options/composition'
import type { ChartTable } from '@/charts/table'
import type { ChartTheme } from '@/charts/theme'
import { useNames } from '../useNames'
import { usePopulationNote } from '../overview/usePopulationNote'
import { useRankGap } from '../overview/useRankGap'

/** The province's cities side by side at one table date, with the home city highlighted. */
export function useComparison(date: MaybeRefOrGetter<string>, theme: MaybeRefOrGetter<ChartTheme>) {
  const { t } = useI18n()
  const { dataset, homeRegion, settings } = storeToRefs(useDatasetStore())
  const names = useNames()
  const province = computed(() => dataset.value?.catalogue.region(homeRegion.value)?.parent ?? '')
  const cities = computed(() => dataset.value?.catalogue.citiesOf(province.value).map((c) => c.name) ?? [])
  const count = computed(() => settings.value?.compareCount ?? '')
  const density = computed(() => settings.value?.compareDensity ?? '')
  const dates = computed(() => (dataset.value ? provinceTables(dataset.value, province.value, count.value) : []))
  const periodText = (key: string, kind: 'stock' | 'flow' = 'stock') => {
    const p = parsePeriod(key)
    return p ? formatPeriodLabel(p, kind, names.lang.value) : key
  }

  function ranking(indicator: string, periodKey: string, title: string) {
    const ranked = dataset.value ? cityRanking(dataset.value, province.value, indicator, periodKey) : []
    const unit = dataset.value?.catalogue.indicator(indicator)?.unit ?? ''
    const rows = ranked.map((r) => ({
      name: names.shortRegion(r.item.region),
      value: r.value,
      rank: r.rank,
      highlight: r.item.region === homeRegion.value,
    }))
    const table: ChartTable = {
      columns: [t('chart.rank'), t('chart.region'), t('chart.value'), t('chart.unit')],
      rows: ranked.map((r) => [r.rank, names.region(r.item.region), r.value, unitText(unit, names.lang.value)]),
    }
    const option = buildRankingOption(
      { rows, seriesName: names.indicator(indicator), valueText: (v) => formatNumber(v, names.lang.value) },
      toValue(theme),
    )
    return { title, option, table, home: ranked.find((r) => r.item.region === homeRegion.value) }
  }

  const atDate = (indicator: string) =>
    ranking(indicator, toValue(date), `${names.indicator(indicator)} · ${periodText(toValue(date))}`)
  const byCount = computed(() => atDate(count.value))
  const byDensity = computed(() => atDate(density.value))
  /** The flow the publisher chose, at its latest table of all the cities: a newer table moves the chart. */
  const flow = computed(() => {
    const indicator = settings.value?.compareFlow ?? ''
    const periodKey = (dataset.value ? provinceTables(dataset.value, province.value, indicator) : []).at(-1) ?? ''
    const title = t('compare.flowRanking', {
      period: periodText(periodKey, 'flow'),
      indicator: names.indicator(indicator),
    })
    return {
      ...ranking(indicator, periodKey, title),
      periodKey,
      fileName: `${indicator}-${periodKey}`.replace(/_|\.\./g, '-'),
    }
  })

  const history = computed(() => {
    const points = (
      dataset.value ? rankHistory(dataset.value, province.value, homeRegion.value, density.value) : []
    ).map((r) => ({
      label: periodText(r.periodKey),
      rank: r.rank,
      of: r.of,
    }))
    return {
      title: t('compare.rankHistory', {
        region: names.region(homeRegion.value),
        indicator: names.shortIndicator(density.value),
      }),
      option: buildRankHistoryOption(
        { points, seriesName: t('compare.rankAxis'), rankText: (r) => t('rank.position', { rank: r }) },
        toValue(theme),
      ),
      table: {
        columns: [t('chart.period'), t('chart.rank')],
        rows: points.map((p) => [p.label, `${p.rank} / ${p.of}`]),
      } satisfies ChartTable,
    }
  })

  const holders = computed(() => {
    const ds = dataset.value
    const parts = ds ? ds.catalogue.leavesOf(count.value).map((i) => i.id) : []
    const rows = ds ? composition(ds, cities.value, count.value, parts, toValue(date)) : []
    const partNames = parts.map(names.shortIndicator)
    return {
      title: `${t('compare.composition', { indicator: names.shortIndicator(count.value) })} · ${periodText(toValue(date))}`,
      option: buildCompositionOption(
        {
          regions: rows.map((r) => ({
            name: names.shortRegion(r.region),
            highlight: r.region === homeRegion.value,
            shares: r.parts.map((p) => p.share),
            values: r.parts.map((p) => p.value),
          })),
          partNames,
          valueText: (v) => formatNumber(v, names.lang.value),
          shareText: formatShare,
        },
        toValue(theme),
      ),
      table: {
        columns: [
          t('chart.region'),
          ...partNames,
          t('chart.total'),
          ...partNames.map((n) => t('chart.shareOf', { name: n })),
        ],
        rows: rows.map((r) => [
          names.region(r.region),
          ...r.parts.map((p) => p.value),
          r.total,
          ...r.parts.map((p) => (p.share === null ? '' : formatShare(p.share))),
        ]),
      } satisfies ChartTable,
    }
  })

  const populationNote = usePopulationNote()
  /** The home city's distance to the places above and below it in the two tables at the date. */
  const densityGap = useRankGap(homeRegion, density, date)
  const countGap = useRankGap(homeRegion, count, date)

  const title = computed(() => t('compare.title', { province: names.homeProvince() }))

  return {
    dates,
    periodText,
    title,
    byCount,
    byDensity,
    flow,
    history,
    holders,
    populationNote,
    densityGap,
    countGap,
    homeRegion,
  }
}
