import { storeToRefs } from 'pinia'
import type { Indicator, Region } from '@/domain/catalogue'
import { columnsOf, type ObservationColumns } from '@/domain/columns'
import type { Dataset } from '@/domain/dataset'
import type { ImportSetting } from '@/io/import/importTypes'
import { useDatasetStore } from '@/stores/dataset'
import { useImportsStore } from '@/stores/imports'

const publishedColumns = new WeakMap<Dataset, ObservationColumns>()

/**
 * What a file is read against: the catalogue with the names the analyst accepted for it, and the
 * figures shown now as layers (published, then each import). Undefined until the catalogue is loaded.
 */
export function useImportSetting() {
  const { published, catalogue, homeRegion } = storeToRefs(useDatasetStore())
  const imports = useImportsStore()

  function currentLayers(): ObservationColumns[] {
    const base = published.value?.dataset
    if (!base) return []
    let cols = publishedColumns.get(base)
    if (!cols) {
      cols = columnsOf(base.observations)
      publishedColumns.set(base, cols)
    }
    return [cols, ...imports.records.map((r) => r.columns)]
  }

  return (accepted: {
    readonly indicators: readonly Indicator[]
    readonly regions: readonly Region[]
  }): ImportSetting | undefined => {
    const cat = catalogue.value
    if (!cat) return undefined
    return {
      indicators: [...cat.indicators.values(), ...accepted.indicators],
      regions: [...cat.regions.values(), ...accepted.regions],
      homeRegion: homeRegion.value,
      current: currentLayers(),
    }
  }
}
