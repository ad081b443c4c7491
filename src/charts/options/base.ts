import type { ChartOption } from '../echarts'
import type { ChartTheme } from '../theme'

/** What every chart shares: aria descriptions on, the theme's text, animation unless asked off. */
export function baseOption(theme: ChartTheme, animation = true): ChartOption {
  return {
    animation,
    aria: { enabled: true },
    color: [...theme.series],
    textStyle: { color: theme.text, fontSize: theme.fontSize },
  }
}

/** A legend along the top in the theme's text. */
export function topLegend(theme: ChartTheme) {
  return { top: 0, left: 0, textStyle: { color: theme.text, fontSize: theme.fontSize } }
}
