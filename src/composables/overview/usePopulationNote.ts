import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { provinceTables } from '@/domain/province/compare'
import { populationBases } from '@/domain/province/populationBase'
import { formatExactLargeNumber, formatExactQuantity, formatYearSpan, unitText } from '@/domain/display/format'
import { useNames } from '../useNames'

/**
 * The home city's population bases across the density's table dates, in words, only when they
 * differ: densities of those tables are then not strictly comparable. Empty otherwise.
 */
export function usePopulationNote() {
  const { t } = useI18n()
  const { dataset, homeRegion, settings } = storeToRefs(useDatasetStore())
  const names = useNames()
  return computed(() => {
    const ds = dataset.value
    const province = ds?.catalogue.region(homeRegion.value)?.parent ?? ''
    const density = settings.value?.compareDensity ?? ''
    const population = settings.value?.comparePopulation ?? ''
    const tableDates = ds ? provinceTables(ds, province, density) : []
    const bases = ds ? populationBases(ds, homeRegion.value, population, tableDates) : []
    if (bases.length < 2) return ''
    const lang = names.lang.value
    return t('compare.populationNote', {
      population: names.shortIndicator(population),
      region: names.shortRegion(homeRegion.value),
      bases: bases
        .map((b) =>
          t('compare.populationBase', {
            years: formatYearSpan(b.fromYear, b.toYear, lang),
            value: formatExactLargeNumber(b.value, lang),
            unit: unitText(b.unit, lang),
            quantity: formatExactQuantity(b.value, b.unit, lang),
          }),
        )
        .join(t('compare.listSeparator')),
    })
  })
}
