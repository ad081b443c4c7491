import { computed, type MaybeRefOrGetter, type Ref, toValue } from 'vue'
import type { MapRegion } from '@/charts/options/choropleth'
import { buildTileGrid, type TileLayout } from '@/charts/options/tileGrid'
import type { ChartTheme } from '@/charts/theme'
import tileLayouts from '@/charts/maps/tiles.json'

const layouts: Readonly<Record<string, TileLayout>> = tileLayouts

/** The regions of `parent` as equal tiles in their rough places, filled like the map. */
export function useTileChart(
  regions: Ref<readonly MapRegion[]>,
  parent: MaybeRefOrGetter<string>,
  theme: MaybeRefOrGetter<ChartTheme>,
) {
  return computed(() => buildTileGrid(regions.value, layouts[toValue(parent)] ?? {}, toValue(theme)))
}
