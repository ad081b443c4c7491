import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { escapeHtml } from '../escape'
import { baseOption } from './base'

export interface RankHistoryInput {
  readonly points: readonly { readonly label: string; readonly rank: number; readonly of: number }[]
  readonly seriesName: string
  readonly rankText: (rank: number) => string
  readonly animation?: boolean
}

/** Rank over time with 1 at the top, so rising means improving. */
export function buildRankHistoryOption(input: RankHistoryInput, theme: ChartTheme): ChartOption {
  const of = Math.max(...input.points.map((p) => p.of), 1)
  return {
    ...baseOption(theme, input.animation),
    grid: { left: 8, right: 32, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const pt = input.points[(p as { dataIndex?: number }).dataIndex ?? -1]
        return pt ? `${escapeHtml(pt.label)}：${escapeHtml(input.rankText(pt.rank))} / ${pt.of}` : ''
      },
    },
    xAxis: {
      type: 'category',
      data: input.points.map((p) => p.label),
      axisLabel: { color: theme.muted, fontSize: theme.fontSize },
      axisLine: { lineStyle: { color: theme.axis } },
    },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      max: of,
      interval: 1,
      axisLabel: { color: theme.muted, fontSize: theme.fontSize },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series: [
      {
        type: 'line',
        name: input.seriesName,
        data: input.points.map((p) => p.rank),
        color: theme.highlight,
        symbolSize: 12 * theme.scale,
        lineStyle: { width: 3 * theme.scale },
        label: {
          show: true,
          position: 'top',
          color: theme.text,
          fontSize: theme.fontSize,
          fontWeight: 'bold',
          formatter: (p: { value?: unknown }) => input.rankText(Number(p.value)),
        },
      },
    ],
  }
}
