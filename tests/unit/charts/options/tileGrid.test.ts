import { describe, expect, it } from 'vitest'
import { buildTileGrid } from '@/charts/options/tileGrid'
import type { MapRegion } from '@/charts/options/choropleth'
import { contrast } from '@/charts/colour'
import { lightTheme } from '@/charts/theme'
import { regionFigures } from '@/domain/province/regionMap'
import layouts from '@/charts/maps/tiles.json'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()

function regions(parent: string, names: readonly string[], periodKey: string): MapRegion[] {
  return regionFigures(dataset, names, 'invention_patents_per_10k', periodKey).map((f) => ({
    name: f.region,
    label: f.region,
    value: f.value,
    valueText: f.value === null ? '无数据' : String(f.value),
    highlight: f.region === parent,
  }))
}

const cities = dataset.catalogue.citiesOf('湖南省').map((c) => c.name)
const counties = dataset.catalogue.childrenOf('衡阳市').map((c) => c.name)

describe('buildTileGrid', () => {
  const grid = buildTileGrid(regions('衡阳市', cities, '2025-07'), layouts['湖南省'], lightTheme)
  const at = (name: string) => grid.tiles.find((t) => t.name === name)

  it('places the 14 cities on 14 distinct tiles of a 4 × 5 grid', () => {
    expect(grid.tiles).toHaveLength(14)
    expect(new Set(grid.tiles.map((t) => `${t.column},${t.row}`)).size).toBe(14)
    expect([grid.columns, grid.rows]).toEqual([4, 5])
  })

  it('keeps the rough geography: 岳阳 north of 长沙, 郴州 south-east of 衡阳, 湘西 west of 长沙', () => {
    expect(at('岳阳市')?.row).toBeLessThan(at('长沙市')?.row ?? 0)
    expect(at('郴州市')?.row).toBeGreaterThan(at('衡阳市')?.row ?? 0)
    expect(at('郴州市')?.column).toBeGreaterThan(at('衡阳市')?.column ?? 0)
    expect(at('湘西土家族苗族自治州')?.column).toBeLessThan(at('长沙市')?.column ?? 0)
  })

  it('writes each tile in a colour that reads at 4.5:1 on its fill', () => {
    for (const t of grid.tiles) expect(contrast(t.textColour, t.fill)).toBeGreaterThanOrEqual(4.5)
  })

  it("places 衡阳's 12 counties and districts, all without a figure at a province table date", () => {
    const counted = buildTileGrid(regions('', counties, '2025-07'), layouts['衡阳市'], lightTheme)
    expect(counted.tiles).toHaveLength(12)
    expect(new Set(counted.tiles.map((t) => `${t.column},${t.row}`)).size).toBe(12)
    expect(counted.tiles.every((t) => t.fill === lightTheme.noData && t.valueText === '无数据')).toBe(true)
  })

  it('puts a region the layout does not know on a row below the others', () => {
    const extra: MapRegion = { name: '新区', label: '新区', value: 3, valueText: '3', highlight: false }
    const g = buildTileGrid([...regions('', cities, '2025-07'), extra], layouts['湖南省'], lightTheme)
    expect(g.tiles.at(-1)).toMatchObject({ name: '新区', column: 0, row: 5 })
    expect(g.rows).toBe(6)
  })
})
