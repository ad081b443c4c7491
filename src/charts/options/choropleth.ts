import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { escapeHtml } from '../escape'
import { figureRange, shade, textOn } from '../colourScale'
import { baseOption } from './base'

/** One region of a map: its catalogue name (the boundary's name), what labels show, and its figure. */
export interface MapRegion {
  readonly name: string
  readonly label: string
  readonly value: number | null
  /** The figure with its unit as readers see it, or the words for "no data". */
  readonly valueText: string
  readonly highlight: boolean
}

export interface ChoroplethInput {
  /** The name the boundaries were registered under. */
  readonly map: string
  readonly regions: readonly MapRegion[]
  readonly seriesName: string
  readonly animation?: boolean
}

/** Each region filled by its figure on the theme's ramp, no-data regions plain, the home region outlined. */
export function buildChoroplethOption(input: ChoroplethInput, theme: ChartTheme): ChartOption {
  const range = figureRange(input.regions.map((r) => r.value))
  const byName = new Map(input.regions.map((r) => [r.name, r]))
  const fillOf = (r: MapRegion) =>
    r.value === null || !range ? theme.noData : shade(r.value, range.low, range.high, theme)
  return {
    ...baseOption(theme, input.animation),
    // The description screen readers get names every region, not the first ten.
    aria: { enabled: true, data: { maxCount: input.regions.length } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const r = byName.get((p as { name?: string }).name ?? '')
        return r ? `<b>${escapeHtml(r.label)}</b><br>${escapeHtml(input.seriesName)}：${escapeHtml(r.valueText)}` : ''
      },
    },
    series: [
      {
        type: 'map',
        map: input.map,
        name: input.seriesName,
        roam: false,
        selectedMode: false,
        layoutCenter: ['50%', '50%'],
        layoutSize: '96%',
        itemStyle: { areaColor: theme.noData, borderColor: theme.background, borderWidth: theme.scale },
        label: {
          show: true,
          fontSize: theme.fontSize,
          formatter: (p: { name?: string }) => byName.get(p.name ?? '')?.label ?? '',
        },
        emphasis: { itemStyle: { areaColor: theme.highlight }, label: { color: textOn(theme.highlight, theme) } },
        data: input.regions.map((r) => {
          const fill = fillOf(r)
          return {
            name: r.name,
            value: r.value ?? undefined,
            itemStyle: {
              areaColor: fill,
              ...(r.highlight ? { borderColor: theme.highlight, borderWidth: 3 * theme.scale } : {}),
            },
            label: { color: textOn(fill, theme), fontWeight: r.highlight ? ('bold' as const) : ('normal' as const) },
          }
        }),
      },
    ],
  }
}
