// The one place that registers ECharts parts: only these are bundled. What the overview's first
// chart draws with is registered here; the rest loads when a chart first needs it.
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { LineChart } from 'echarts/charts'
import { GridSimpleComponent, MarkLineComponent } from 'echarts/components'
import type { ChartOption } from './chartOption'

// The grid without axis pointers: they come with the tooltips, the only thing that shows them.
// No ECharts aria: ChartPanel describes each chart from its table (a few kilobytes less on the first
// load); the map, whose description names every region, registers it with its own parts.
use([CanvasRenderer, LineChart, GridSimpleComponent, MarkLineComponent])

/** The map series and its boundaries, for the views that draw a map: a chunk of their own. */
export const loadMapParts = () => import('./echartsMap')

export type { ChartOption }

// Bars draw only on the compare page and the screen's ranking, legends only where a chart has more
// than one series, tooltips only once someone points at a chart.
// Each is ECharts' own module that registers one part when it runs: imported from the barrels above,
// the part would be bundled with the first chart.
const LATER = {
  bars: () => import('echarts/lib/chart/bar').then(() => undefined),
  legends: () => import('echarts/lib/component/legend').then(() => undefined),
  tooltips: () => import('echarts/lib/component/tooltip').then(() => undefined),
}
type LaterPart = keyof typeof LATER
const loading = new Map<LaterPart, Promise<void>>()

/** Registers a part that is not bundled with the first chart (once, however often it is asked for). */
export function loadPart(part: LaterPart): Promise<void> {
  let done = loading.get(part)
  if (!done) {
    done = LATER[part]()
    loading.set(part, done)
  }
  return done
}

/** Resolves when every part the option draws with (other than tooltips, which wait for a pointer) is registered. */
export function partsOf(option: ChartOption): Promise<void> {
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series]
  const parts: LaterPart[] = []
  if (series.some((s) => s.type === 'bar')) parts.push('bars')
  if (option.legend) parts.push('legends')
  return Promise.all(parts.map(loadPart)).then(() => undefined)
}

/**
 * Draws an option off the page at a fixed size, `pixelRatio` times as many pixels, for a document:
 * a PNG on a white ground, encoded by the browser off the page's thread.
 */
export async function chartPng(
  option: ChartOption,
  size: { readonly width: number; readonly height: number; readonly pixelRatio: number },
  locale: 'ZH' | 'EN',
): Promise<Blob> {
  await partsOf(option)
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
