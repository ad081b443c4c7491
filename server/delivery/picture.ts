import { renderAsync } from '@resvg/resvg-js'
import * as echarts from 'echarts'
import type { ChartOption } from '../../src/charts/chartOption'

/** A chart's size and its pixels per CSS pixel, as the browser draws the brief's charts. */
interface Drawn {
  readonly width: number
  readonly height: number
  readonly pixelRatio: number
}

/**
 * A chart as a PNG: ECharts draws the option as SVG on the server (no canvas, no DOM), then resvg
 * turns the SVG into pixels with the system's fonts (a CJK font must be installed for the Chinese),
 * on libuv's thread pool: loading the fonts and drawing take seconds that the event loop keeps.
 */
export async function chartPng(option: ChartOption, size: Drawn): Promise<Uint8Array> {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
    locale: 'ZH',
  })
  let svg: string
  try {
    // A picture needs no tooltip, and no aria description (the document's alt text names the chart).
    chart.setOption({
      ...option,
      animation: false,
      backgroundColor: '#ffffff',
      tooltip: { show: false },
      aria: { enabled: false },
    })
    svg = chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
  const png = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.round(size.width * size.pixelRatio) },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  })
  return png.asPng()
}
