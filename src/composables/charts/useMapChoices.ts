import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { provinceTables } from '@/domain/province/compare'
import { mappableIndicators } from '@/domain/province/regionMap'
import { useHomeProvince } from './useHomeProvince'

export interface MapChoice {
  /** The indicator id; empty for the first the map can show. */
  readonly indicator: string
  /** The table date; empty for the indicator's latest. */
  readonly date: string
  /** A city whose counties and districts to show instead of the province's cities; empty for none. */
  readonly region: string
}

/** What the data lets a map show (indicators, table dates, cities to open) and the choice it makes of them. */
export function useMapChoices(choice: MaybeRefOrGetter<MapChoice>) {
  const { dataset, settings } = storeToRefs(useDatasetStore())
  const { province } = useHomeProvince()
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
  return { province, indicators, indicator, dates, date, drillable, parent, drilled }
}
