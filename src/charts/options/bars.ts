import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { escapeHtml } from '../escape'
import { baseOption, categoryLabels } from './base'

interface Bar {
  /** The category's label, also the tooltip's heading. */
  readonly label: string
  readonly value: number
  readonly color: string
  readonly bold?: boolean
  /** A line under the tooltip's heading (the group the bar belongs to). */
  readonly note?: string
}

export interface BarsInput {
  /** The bars from the top down. */
  readonly bars: readonly Bar[]
  readonly seriesName: string
  readonly valueText: (value: number) => string
  readonly animation?: boolean
  /** Room right of the longest bar for its value. */
  readonly labelRoom: number
  readonly barWidth: number
}

/** Horizontal bars with their values at their ends, the first one on top. */
export function buildBarsOption(input: BarsInput, theme: ChartTheme): ChartOption {
  // A category axis runs from the bottom up.
  const rows = [...input.bars].reverse()
  return {
    ...baseOption(theme, input.animation),
    grid: { left: 8, right: input.labelRoom, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const row = rows[(p as { dataIndex?: number }).dataIndex ?? -1]
        if (!row) return ''
        const note = row.note === undefined ? '' : `<br>${escapeHtml(row.note)}`
        return `<b>${escapeHtml(row.label)}</b>${note}<br>${escapeHtml(input.seriesName)}：${escapeHtml(input.valueText(row.value))}`
      },
    },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: theme.grid } } },
    yAxis: {
      type: 'category',
      ...categoryLabels(
        rows.map((r) => r.label),
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
          itemStyle: { color: r.color },
          ...(r.bold ? { label: { fontWeight: 'bold' as const } } : {}),
        })),
        barMaxWidth: input.barWidth * theme.scale,
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
