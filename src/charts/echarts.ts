// The one place that registers ECharts parts: only these are bundled.
import { init, use, type ComposeOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
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

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>

/**
 * Draws an option off the page at a fixed size, `pixelRatio` times as many pixels, for a document:
 * a PNG on a white ground, encoded by the browser off the page's thread.
 */
export async function chartPng(
  option: ChartOption,
  size: { readonly width: number; readonly height: number; readonly pixelRatio: number },
  locale: 'ZH' | 'EN',
): Promise<Blob> {
  const chart = init(document.createElement('div'), null, {
    renderer: 'canvas',
    width: size.width,
    height: size.height,
    devicePixelRatio: size.pixelRatio,
    locale,
  })
  try {
    // A picture needs no tooltip, and no aria description (the document's alt text names the chart).
    chart.setOption({
      ...option,
      animation: false,
      backgroundColor: '#ffffff',
      tooltip: { show: false },
      aria: { enabled: false },
    })
    const canvas = chart.getDom().querySelector('canvas')
    if (!canvas) throw new Error('the chart drew no canvas')
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the chart could not be encoded'))),
        'image/png',
      ),
    )
  } finally {
    chart.dispose()
  }
}
