/** Colours and type sizes the option builders draw with; one light theme for pages, one dark for screens. */
export interface ChartTheme {
  readonly text: string
  readonly muted: string
  readonly axis: string
  readonly grid: string
  readonly background: string
  readonly series: readonly string[]
  readonly highlight: string
  readonly dim: string
  readonly target: string
  readonly event: string
  /** A map's colour ramp, lowest to highest figure, and the fill of a region with no figure. */
  readonly ramp: readonly [string, string]
  readonly noData: string
  readonly fontSize: number
  /** Multiplies line widths, symbols and bars, so a 4K screen draws them as boldly as 1080p. */
  readonly scale: number
}

export const lightTheme: ChartTheme = {
  text: '#1f2937',
  muted: '#4b5563',
  axis: '#9ca3af',
  grid: '#e5e7eb',
  background: '#ffffff',
  series: ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be123c', '#0369a1'],
  highlight: '#c2410c',
  dim: '#93a4c3',
  target: '#b91c1c',
  event: 'rgba(194, 65, 12, 0.12)',
  ramp: ['#dbeafe', '#1e3a8a'],
  noData: '#f3f4f6',
  fontSize: 12,
  scale: 1,
}

export const darkTheme: ChartTheme = {
  text: '#e5e7eb',
  muted: '#9ca3af',
  axis: '#6b7280',
  grid: '#1f2937',
  background: '#0b1220',
  series: ['#60a5fa', '#2dd4bf', '#fbbf24', '#c084fc', '#fb7185', '#38bdf8'],
  highlight: '#fb923c',
  dim: '#475569',
  target: '#f87171',
  event: 'rgba(251, 146, 60, 0.18)',
  ramp: ['#172a46', '#1d4ed8'],
  noData: '#374151',
  fontSize: 16,
  scale: 1,
}
