import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { escapeHtml } from '../escape'
import { baseOption, categoryLabels } from './base'

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
  const rows = [...input.rows].sort((a, b) => a.rank - b.rank).reverse()
  return {
    ...baseOption(theme, input.animation),
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const row = rows[(p as { dataIndex?: number }).dataIndex ?? -1]
        return row
          ? `<b>${row.rank}. ${escapeHtml(row.name)}</b><br>${escapeHtml(input.seriesName)}：${escapeHtml(input.valueText(row.value))}`
          : ''
      },
    },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: theme.grid } } },
    yAxis: {
      type: 'category',
      ...categoryLabels(
        rows.map((r) => `${r.rank}. ${r.name}`),
        theme,
      ),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.axis } },
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        data: rows.map((r) => ({
          value: r.value,
          itemStyle: { color: r.highlight ? theme.highlight : theme.dim },
          label: { fontWeight: r.highlight ? 'bold' : 'normal' },
        })),
        barMaxWidth: 22 * theme.scale,
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontSize: theme.fontSize,
          formatter: (p: { value?: unknown }) => input.valueText(Number(p.value)),
        },
      },
    ],
  }
}
