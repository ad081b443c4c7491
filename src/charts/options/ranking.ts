import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { buildBarsOption } from './bars'

interface RankingRow {
  readonly name: string
  readonly value: number
  readonly rank: number
  readonly highlight: boolean
}

export interface RankingInput {
  readonly rows: readonly RankingRow[]
  readonly seriesName: string
  readonly valueText: (value: number) => string
  readonly animation?: boolean
}

/** Horizontal bars, first rank on top, the home city in the highlight colour. */
export function buildRankingOption(input: RankingInput, theme: ChartTheme): ChartOption {
  const bars = [...input.rows]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({
      label: `${r.rank}. ${r.name}`,
      value: r.value,
      color: r.highlight ? theme.highlight : theme.dim,
      bold: r.highlight,
    }))
  return buildBarsOption({ ...input, bars, labelRoom: 64, barWidth: 22 }, theme)
}
