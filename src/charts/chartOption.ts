import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components'

/**
 * The options the app's charts are built of: types only, so the pure option builders (`options/`)
 * carry no ECharts code and the server can build the same options for its pictures.
 */
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
