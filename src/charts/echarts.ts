// The one place that registers ECharts parts: only these are bundled.
import { use, type ComposeOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption, type MapSeriesOption } from 'echarts/charts'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'

use([
  CanvasRenderer,
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
])

/** The map series and its boundaries, for the views that draw a map: a chunk of their own. */
export const loadMapParts = () => import('./echartsMap')
/** The name the province's city boundaries are registered under. */
export const PROVINCE_MAP = 'province'

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | MapSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>
