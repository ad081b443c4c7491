import type { ChartOption } from '../chartOption'

/**
 * How much larger each line's latest point is drawn: of two overlapping labels ECharts keeps the one
 * on the larger symbol, so the latest figure always keeps its value.
 */
const LATEST_SCALE = 1.4

/**
 * A trend chart whose values never print over each other: where two labels would overlap, ECharts
 * hides the one on the smaller symbol (`labelLayout.hideOverlap`). For charts read from afar or on
 * paper (the screen, the brief), where nobody points at a dot to read its value; a module of its
 * own, so the overview's first load does without it.
 */
export function keepLabelsApart(option: ChartOption): ChartOption {
  const series = Array.isArray(option.series) ? option.series : []
  return {
    ...option,
    series: series.map((s) => {
      if (s.type !== 'line' || !Array.isArray(s.data) || typeof s.symbolSize !== 'number') return s
      const latest = s.data.length - 1
      const symbolSize = s.symbolSize * LATEST_SCALE
      return {
        ...s,
        labelLayout: { hideOverlap: true },
        data: s.data.map((d, j) =>
          j === latest && typeof d === 'object' && d !== null && !Array.isArray(d) ? { ...d, symbolSize } : d,
        ),
      }
    }),
  }
}
