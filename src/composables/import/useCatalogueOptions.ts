import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { useNames } from '../useNames'

/**
 * The catalogue's regions and indicators as choices for a select, each labelled once in the reader's
 * language: a table of rows with a select each lists the same options on every row.
 */
export function useCatalogueOptions() {
  const { catalogue } = storeToRefs(useDatasetStore())
  const names = useNames()
  return {
    regionOptions: computed(() =>
      [...(catalogue.value?.regions.values() ?? [])].map((r) => ({ value: r.name, label: names.region(r.name) })),
    ),
    indicatorOptions: computed(() =>
      [...(catalogue.value?.indicators.values() ?? [])].map((i) => ({ value: i.id, label: names.indicator(i.id) })),
    ),
  }
}
