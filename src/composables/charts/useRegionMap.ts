import { computed, type MaybeRefOrGetter } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { regionFigures } from '@/domain/province/regionMap'
import { formatQuantity, unitText } from '@/domain/display/format'
import type { MapRegion } from '@/charts/options/choropleth'
import type { ChartTable } from '@/charts/table'
import type { ChartTheme } from '@/charts/theme'
import { drillQuery } from '@/domain/patents/drillLink'
import { useNames } from '../useNames'
import { useDrillLink } from '../patents/useDrillLink'
import { useMapChoices, type MapChoice } from './useMapChoices'
import { useChoroplethChart } from './useChoroplethChart'
import { useTileChart } from './useTileChart'

/**
 * The province's cities (or one city's counties and districts) filled by one indicator at one of the
 * province's table dates: the choices the data offers, the map, the tile grid and the table.
 */
export function useRegionMap(choice: MaybeRefOrGetter<MapChoice>, theme: MaybeRefOrGetter<ChartTheme>) {
  const { t } = useI18n()
  const { dataset, homeRegion } = storeToRefs(useDatasetStore())
  const names = useNames()
  const { province, indicators, indicator, dates, date, drillable, parent, drilled } = useMapChoices(choice)
  const unit = computed(() => dataset.value?.catalogue.indicator(indicator.value)?.unit ?? '')

  const regions = computed<MapRegion[]>(() => {
    const ds = dataset.value
    if (!ds) return []
    const lang = names.lang.value
    const members = drilled.value ? ds.catalogue.childrenOf(parent.value) : ds.catalogue.citiesOf(province.value)
    return regionFigures(
      ds,
      members.map((r) => r.name),
      indicator.value,
      date.value,
    ).map((f) => ({
      name: f.region,
      label: names.shortRegion(f.region),
      value: f.value,
      valueText: f.value === null ? t('map.noData') : formatQuantity(f.value, unit.value, lang),
      highlight: f.region === homeRegion.value,
    }))
  })

  const periodText = (key: string) => names.period(key, indicator.value)
  const title = computed(() =>
    t('map.title', {
      region: names.region(parent.value),
      indicator: names.indicator(indicator.value),
      period: periodText(date.value),
    }),
  )
  const { option, legend } = useChoroplethChart(regions, indicator, theme)
  const tiles = useTileChart(regions, parent, theme)
  const table = computed<ChartTable>(() => ({
    columns: [t('chart.region'), t('chart.value'), t('chart.unit')],
    rows: regions.value.map((r) => [
      names.region(r.name),
      r.value ?? t('map.noData'),
      r.value === null ? '' : unitText(unit.value, names.lang.value),
    ]),
  }))
  const drill = useDrillLink()
  // A drilled city's counties lead to their applicants, ranked as the map's figure is when the records make it.
  const countyLinks = computed(() => {
    const query = drillQuery(indicator.value, Number(date.value.slice(0, 4))) ?? {}
    return new Map(
      (drilled.value ? regions.value : []).flatMap((r) => {
        const to = drill(r.name, query)
        return to ? [[r.name, to] as const] : []
      }),
    )
  })
  const withFigures = computed(() => regions.value.filter((r) => r.value !== null).length)

  return {
    indicators: computed(() => indicators.value.map((id) => ({ id, name: names.indicator(id) }))),
    indicator,
    dates: computed(() => dates.value.map((key) => ({ key, label: periodText(key) }))),
    date,
    drillable,
    parent,
    drilled,
    title,
    option,
    tiles,
    /** Where each county of the drilled city leads (none while there are no records). */
    countyLinks,
    table,
    legend,
    /** The regions with a figure, highest first, for a list beside the map. */
    ranked: computed(() =>
      regions.value.filter((r) => r.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0)),
    ),
    coverage: computed(() => t('map.coverage', { n: withFigures.value, of: regions.value.length })),
    fileName: computed(() => `map-${indicator.value}-${date.value}`.replace(/_|\.\./g, '-')),
  }
}
