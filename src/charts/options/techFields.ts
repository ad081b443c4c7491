import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { escapeHtml } from '../escape'
import { baseOption, categoryLabels } from './base'

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
  const rows = input.sectors
    .flatMap((s, k) => s.fields.map((f) => ({ ...f, sector: s.sector, color: theme.series[k % theme.series.length] })))
    .reverse()
  return {
    ...baseOption(theme),
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const row = rows[(p as { dataIndex?: number }).dataIndex ?? -1]
        return row
          ? `<b>${escapeHtml(row.name)}</b><br>${escapeHtml(row.sector)}<br>${escapeHtml(input.seriesName)}：${escapeHtml(input.valueText(row.value))}`
          : ''
      },
    },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: theme.grid } } },
    yAxis: {
      type: 'category',
      ...categoryLabels(
        rows.map((r) => r.name),
        theme,
      ),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.axis } },
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: r.color } })),
        barMaxWidth: 18 * theme.scale,
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
