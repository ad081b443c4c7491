import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { provinceTables } from '@/domain/province/compare'
import { mappableIndicators, regionFigures } from '@/domain/province/regionMap'
import { formatQuantity, unitText } from '@/domain/display/format'
import { PROVINCE_MAP } from '@/charts/provinceMap'
import { buildChoroplethOption, type MapRegion } from '@/charts/options/choropleth'
import { figureRange, isLogScale } from '@/charts/colourScale'
import { buildTileGrid, type TileLayout } from '@/charts/options/tileGrid'
import type { ChartTable } from '@/charts/table'
import type { ChartTheme } from '@/charts/theme'
import tileLayouts from '@/charts/maps/tiles.json'
import { useNames } from '../useNames'

interface MapChoice {
  /** The indicator id; empty for the first the map can show. */
  readonly indicator: string
  /** The table date; empty for the indicator's latest. */
  readonly date: string
  /** A city whose counties and districts to show instead of the province's cities; empty for none. */
  readonly region: string
}

const layouts: Readonly<Record<string, TileLayout>> = tileLayouts

/**
 * The province's cities (or one city's counties and districts) filled by one indicator at one of the
 * province's table dates: the choices the data offers, the map, the tile grid and the table.
 */
export function useRegionMap(choice: MaybeRefOrGetter<MapChoice>, theme: MaybeRefOrGetter<ChartTheme>) {
  const { t } = useI18n()
  const { dataset, homeRegion, settings } = storeToRefs(useDatasetStore())
  const names = useNames()
  const province = computed(() => dataset.value?.catalogue.region(homeRegion.value)?.parent ?? '')
  const indicators = computed(() => {
    const s = settings.value
    return dataset.value && s
      ? mappableIndicators(dataset.value, province.value, [s.compareDensity, s.compareCount, s.compareFlow])
      : []
  })
  const indicator = computed(() => {
    const asked = toValue(choice).indicator
    return indicators.value.includes(asked) ? asked : (indicators.value[0] ?? '')
  })
  const dates = computed(() => (dataset.value ? provinceTables(dataset.value, province.value, indicator.value) : []))
  const date = computed(() => {
    const asked = toValue(choice).date
    return dates.value.includes(asked) ? asked : (dates.value.at(-1) ?? '')
  })
  /** Cities with counties or districts in the catalogue: the ones a click opens. */
  const drillable = computed(() =>
    (dataset.value?.catalogue.citiesOf(province.value) ?? [])
      .map((c) => c.name)
      .filter((c) => (dataset.value?.catalogue.childrenOf(c).length ?? 0) > 0),
  )
  const parent = computed(() => {
    const asked = toValue(choice).region
    return drillable.value.includes(asked) ? asked : province.value
  })
  const drilled = computed(() => parent.value !== province.value)

  const regions = computed<MapRegion[]>(() => {
    const ds = dataset.value
    if (!ds) return []
    const lang = names.lang.value
    const unit = ds.catalogue.indicator(indicator.value)?.unit ?? ''
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
      valueText: f.value === null ? t('map.noData') : formatQuantity(f.value, unit, lang),
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
  const option = computed(() =>
    buildChoroplethOption(
      { map: PROVINCE_MAP, regions: regions.value, seriesName: names.indicator(indicator.value) },
      toValue(theme),
    ),
  )
  const tiles = computed(() => buildTileGrid(regions.value, layouts[parent.value] ?? {}, toValue(theme)))
  const table = computed<ChartTable>(() => {
    const unit = dataset.value?.catalogue.indicator(indicator.value)?.unit ?? ''
    return {
      columns: [t('chart.region'), t('chart.value'), t('chart.unit')],
      rows: regions.value.map((r) => [
        names.region(r.name),
        r.value ?? t('map.noData'),
        r.value === null ? '' : unitText(unit, names.lang.value),
      ]),
    }
  })
  /** The ramp's two ends and the figures they stand for; none when no region has a figure. */
  const legend = computed(() => {
    const range = figureRange(regions.value.map((r) => r.value))
    const unit = dataset.value?.catalogue.indicator(indicator.value)?.unit ?? ''
    const [from, to] = toValue(theme).ramp
    return range
      ? {
          low: formatQuantity(range.low, unit, names.lang.value),
          high: formatQuantity(range.high, unit, names.lang.value),
          from,
          to,
          log: isLogScale(range.low, range.high),
        }
      : null
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
