import type { ChartTheme } from './theme'

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
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

// WCAG 2.1 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
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
