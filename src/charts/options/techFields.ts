import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { buildBarsOption } from './bars'

interface SectorBars {
  readonly sector: string
  readonly fields: readonly { readonly name: string; readonly value: number }[]
}

export interface TechFieldsInput {
  /** Sectors in the concordance's order, each with its fields, the largest first. */
  readonly sectors: readonly SectorBars[]
  readonly seriesName: string
  readonly valueText: (value: number) => string
}

/** Horizontal bars of technology fields, grouped by sector from the top, each sector in a colour of its own. */
export function buildTechFieldsOption(input: TechFieldsInput, theme: ChartTheme): ChartOption {
  const bars = input.sectors.flatMap((s, k) =>
    s.fields.map((f) => ({
      label: f.name,
      value: f.value,
      note: s.sector,
      color: theme.series[k % theme.series.length] ?? theme.dim,
    })),
  )
  return buildBarsOption({ ...input, bars, labelRoom: 56, barWidth: 18 }, theme)
}
