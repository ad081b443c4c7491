import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { escapeHtml } from '../escape'
import { baseOption, categoryLabels, topLegend } from './base'

export interface CompositionInput {
  readonly regions: readonly {
    readonly name: string
    readonly highlight: boolean
    readonly shares: readonly (number | null)[]
    readonly values: readonly number[]
  }[]
  readonly partNames: readonly string[]
  readonly valueText: (value: number) => string
  readonly shareText: (share: number) => string
  readonly animation?: boolean
}

/** 100% stacked bars: how each city's total splits between holder types. */
export function buildCompositionOption(input: CompositionInput, theme: ChartTheme): ChartOption {
  const regions = [...input.regions].reverse()
  return {
    ...baseOption(theme, input.animation),
    legend: topLegend(theme),
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const { seriesIndex = -1, dataIndex = -1 } = p as { seriesIndex?: number; dataIndex?: number }
        const r = regions[dataIndex]
        const share = r?.shares[seriesIndex]
        const value = r?.values[seriesIndex]
        if (!r || value === undefined) return ''
        return `<b>${escapeHtml(r.name)}</b><br>${escapeHtml(input.partNames[seriesIndex] ?? '')}：${escapeHtml(input.valueText(value))}${share == null ? '' : `（${escapeHtml(input.shareText(share))}）`}`
      },
    },
    xAxis: {
      type: 'value',
      max: 1,
      axisLabel: { color: theme.muted, formatter: (v: number) => input.shareText(v) },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'category',
      ...categoryLabels(
        regions.map((r) => r.name),
        theme,
        { fontWeight: 'normal' },
      ),
      axisTick: { show: false },
    },
    series: input.partNames.map((name, i) => ({
      type: 'bar',
      stack: 'share',
      name,
      barMaxWidth: 22 * theme.scale,
      data: regions.map((r) => ({
        value: r.shares[i] ?? 0,
        itemStyle: r.highlight ? { borderColor: theme.highlight, borderWidth: 1.5 } : undefined,
      })),
    })),
  }
}
