import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { formatPeriodLabel } from '@/domain/display/format'
import { parsePeriod } from '@/domain/period'
import { useNames } from '../useNames'

/** The home region's province and its cities, and a province table's date as titles read it. */
export function useHomeProvince() {
  const { dataset, homeRegion } = storeToRefs(useDatasetStore())
  const names = useNames()
  const province = computed(() => dataset.value?.catalogue.region(homeRegion.value)?.parent ?? '')
  const cities = computed(() => dataset.value?.catalogue.citiesOf(province.value).map((c) => c.name) ?? [])
  /** "截至2025年7月" for a level, "2023年1—8月" for a flow; a key that is no period as written. */
  const periodText = (key: string, kind: 'stock' | 'flow' = 'stock') => {
    const p = parsePeriod(key)
    return p ? formatPeriodLabel(p, kind, names.lang.value) : key
  }
  return { province, cities, periodText }
}
