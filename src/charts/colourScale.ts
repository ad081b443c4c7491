import { channels, contrast } from './colour'
import type { ChartTheme } from './theme'

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`

/**
 * Figures spread over more than tenfold (a capital far ahead of the rest) are shaded on a log scale, so
 * the others do not all look alike; then the legend says so.
 */
export const isLogScale = (low: number, high: number) => low > 0 && high / low > 10

/** The ramp's colour for a figure between the lowest and highest shown; equal figures take the middle. */
export function shade(value: number, low: number, high: number, theme: ChartTheme): string {
  const at = (v: number) => (isLogScale(low, high) ? Math.log(v) : v)
  const t = high > low ? (at(value) - at(low)) / (at(high) - at(low)) : 0.5
  const [from, to] = theme.ramp.map(channels) as [number[], number[]]
  return toHex(from.map((c, i) => c + ((to[i] ?? c) - c) * t))
}

/** The theme's text or background colour, whichever reads better on a fill. */
export function textOn(fill: string, theme: ChartTheme): string {
  return contrast(fill, theme.text) >= contrast(fill, theme.background) ? theme.text : theme.background
}

/** The lowest and highest of the figures that exist, for the ramp's two ends. */
export function figureRange(values: readonly (number | null)[]): { low: number; high: number } | null {
  const present = values.filter((v): v is number => v !== null)
  return present.length ? { low: Math.min(...present), high: Math.max(...present) } : null
}
