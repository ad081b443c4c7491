// The map series and the province's boundaries: loaded through `loadMapParts` in ./echarts.ts, only by
// views that draw a map, so neither weighs on the overview's first load.
import { registerMap, use } from 'echarts/core'
import { MapChart } from 'echarts/charts'
import { AriaComponent } from 'echarts/components'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import boundaries from './maps/hunan.topo.json'
import { PROVINCE_MAP } from './provinceMap'

use([MapChart, AriaComponent])
const topology = boundaries as unknown as Topology<{ cities: GeometryCollection<{ name: string }> }>
registerMap(PROVINCE_MAP, feature(topology, topology.objects.cities) as unknown as Parameters<typeof registerMap>[1])
