import type { ChartTheme } from '../theme'
import { figureRange, shade, textOn } from '../colourScale'
import type { MapRegion } from './choropleth'

/** Where each region's tile sits: [column, row], from the top left. */
export type TileLayout = Readonly<Record<string, readonly number[]>>

interface Tile extends MapRegion {
  readonly column: number
  readonly row: number
  readonly fill: string
  readonly textColour: string
}

export interface TileGrid {
  readonly columns: number
  readonly rows: number
  readonly tiles: readonly Tile[]
}

/**
 * Equal tiles in the regions' rough places, filled like the map: no boundaries, so it prints small
 * and reads the same on any page. A region the layout does not place goes on a row below the rest.
 */
export function buildTileGrid(regions: readonly MapRegion[], layout: TileLayout, theme: ChartTheme): TileGrid {
  const range = figureRange(regions.map((r) => r.value))
  const placed = regions.filter((r) => layout[r.name])
  const width = Math.max(1, ...placed.map((r) => (layout[r.name]?.[0] ?? 0) + 1))
  const height = placed.length ? Math.max(...placed.map((r) => (layout[r.name]?.[1] ?? 0) + 1)) : 0
  let spare = 0
  const tiles = regions.map((r): Tile => {
    const at = layout[r.name]
    const [column = 0, row = 0] = at ?? [spare % width, height + Math.floor(spare++ / width)]
    const fill = r.value === null || !range ? theme.noData : shade(r.value, range.low, range.high, theme)
    return { ...r, column, row, fill, textColour: textOn(fill, theme) }
  })
  return { columns: width, rows: Math.max(0, ...tiles.map((t) => t.row + 1)), tiles }
}
