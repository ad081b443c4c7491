import type { TrendLine } from '../../domain/trend'
import type { Observation } from '../../domain/observation'
import type { ChartOption } from '../chartOption'
import type { ChartTheme } from '../theme'
import { escapeHtml } from '../escape'
import { baseOption, topLegend } from './base'

/** Events drawn on a time axis: one mark (at `time`, with a short `label`), all of them listed in its tooltip. */
interface EventMark {
  readonly time: number
  readonly label: string
  readonly heading: string
  readonly items: readonly string[]
}

export interface TrendInput {
  readonly lines: readonly TrendLine[]
  readonly lineName: (line: TrendLine) => string
  readonly pointLabel: (o: Observation) => string
  readonly valueText: (value: number) => string
  /** A value on the axis, where room is short. */
  readonly axisText: (value: number) => string
  readonly events: readonly EventMark[]
  /**
   * How a year boundary (1 January of `year`) is labelled. Levels are counted at year end, so a
   * levels chart says "2025年末" where a flows chart says "2026".
   */
  readonly boundaryLabel: (year: number) => string
  readonly animation?: boolean
}

/** Past this many points a line is drawn without symbols, sampled, and without animation. */
const BIG_SERIES = 300
const YEAR_MS = 365.25 * 24 * 3600 * 1000
const HALF_DAY = 12 * 3600 * 1000
const MONTH_MS = YEAR_MS / 12

/** The year a tick stands at, if it is a year boundary (1 January, UTC, give or take a time zone). */
function boundaryYear(tick: number): number | null {
  const d = new Date(tick + HALF_DAY)
  return d.getUTCMonth() === 0 && d.getUTCDate() === 1 ? d.getUTCFullYear() : null
}

type LineSeries = Extract<Extract<NonNullable<ChartOption['series']>, unknown[]>[number], { type?: 'line' }>

/**
 * Whole years around the points, so the axis always has year boundaries to label: a level counted on
 * 31 December 2026 sits just before the boundary labelled "2026年末".
 */
function yearSpan(lines: readonly TrendLine[]): { minTime: number; maxTime: number } {
  const times = lines.flatMap((l) => l.points.map((p) => p.time))
  const minTime = Date.UTC(new Date(times.reduce((a, b) => Math.min(a, b), Infinity) - HALF_DAY).getUTCFullYear(), 0, 1)
  const maxTime = Date.UTC(
    new Date(times.reduce((a, b) => Math.max(a, b), -Infinity) - HALF_DAY).getUTCFullYear() + 1,
    0,
    1,
  )
  return { minTime, maxTime }
}

/** Dotted lines at the events, labelled; each lists its events in its tooltip. */
function eventLines(events: readonly EventMark[], theme: ChartTheme): LineSeries['markLine'] {
  return {
    silent: false,
    symbol: 'none',
    lineStyle: { color: theme.highlight, type: 'dotted', width: 1.5 * theme.scale },
    label: {
      formatter: (p: { name?: string }) => p.name ?? '',
      color: theme.highlight,
      fontSize: theme.fontSize,
      position: 'end',
    },
    data: events.map((e) => ({ xAxis: e.time, name: e.label })),
    tooltip: {
      formatter: (p: unknown) => {
        const e = events[(p as { dataIndex?: number }).dataIndex ?? 0]
        return e ? [`<b>${escapeHtml(e.heading)}</b>`, ...e.items.map(escapeHtml)].join('<br>') : ''
      },
    },
  }
}

/** One line: a target's diamonds and an estimate's hollow circles on dashes, an actual's solid line. */
function lineSeries(line: TrendLine, i: number, input: TrendInput, theme: ChartTheme): LineSeries {
  const color = line.status === 'target' ? theme.target : (theme.series[i % theme.series.length] ?? theme.text)
  const hollow = line.status !== 'actual'
  return {
    type: 'line',
    id: line.id,
    name: input.lineName(line),
    data: line.points.map((p, j) => ({ value: [p.time, p.value], index: j })),
    color,
    symbol: line.status === 'target' ? 'diamond' : line.status === 'estimate' ? 'emptyCircle' : 'circle',
    symbolSize: (line.status === 'target' ? 14 : 9) * theme.scale,
    showSymbol: line.points.length <= BIG_SERIES,
    sampling: 'lttb',
    lineStyle: { width: 2.5 * theme.scale, type: hollow ? 'dashed' : 'solid' },
    emphasis: { scale: 1.4 },
    itemStyle: { color, borderWidth: (hollow ? 2 : 1) * theme.scale },
    label: {
      show: line.points.length <= 8,
      position: 'top',
      color: theme.text,
      fontSize: theme.fontSize,
      formatter: (p: { value?: unknown }) => {
        const v = Array.isArray(p.value) ? Number(p.value[1]) : Number.NaN
        return Number.isFinite(v) ? input.valueText(v) : ''
      },
    },
  }
}

/** A point's tooltip: its line, its period and value, and its note. */
function pointTooltip(input: TrendInput) {
  const lookup: Observation[][] = input.lines.map((l) => l.points.map((p) => p.observation))
  return (p: unknown) => {
    const { seriesIndex, dataIndex, seriesName } = p as {
      seriesIndex?: number
      dataIndex?: number
      seriesName?: string
    }
    const o = lookup[seriesIndex ?? -1]?.[dataIndex ?? -1]
    if (!o) return ''
    const lines = [
      `<b>${escapeHtml(seriesName ?? '')}</b>`,
      `${escapeHtml(input.pointLabel(o))}：${escapeHtml(input.valueText(o.value))}`,
    ]
    if (o.note) lines.push(`<span style="opacity:.75">${escapeHtml(o.note)}</span>`)
    return lines.join('<br>')
  }
}

/** Trend lines on a true time axis: irregular periods keep their real spacing; no figure, no point. */
export function buildTrendOption(input: TrendInput, theme: ChartTheme): ChartOption {
  const { minTime, maxTime } = yearSpan(input.lines)
  const visibleEvents = input.events.filter((e) => e.time >= minTime - YEAR_MS && e.time <= maxTime + YEAR_MS)
  const big = input.lines.some((l) => l.points.length > BIG_SERIES)
  const series = input.lines.map((line, i) => ({
    ...lineSeries(line, i, input, theme),
    markLine: i === 0 && visibleEvents.length > 0 ? eventLines(visibleEvents, theme) : undefined,
  }))
  return {
    ...baseOption(theme, !big && (input.animation ?? true)),
    // Ticks at UTC midnight, the same clock periods are placed on.
    useUTC: true,
    // One line needs no legend: the title names it.
    grid: { left: 8, right: 24, top: series.length > 1 ? 64 : 40, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { ...topLegend(theme), type: 'scroll' } : undefined,
    tooltip: { trigger: 'item', confine: true, formatter: pointTooltip(input) },
    xAxis: {
      type: 'time',
      min: Number.isFinite(minTime) ? minTime - MONTH_MS : undefined,
      max: Number.isFinite(maxTime) ? maxTime + MONTH_MS : undefined,
      axisLine: { lineStyle: { color: theme.axis } },
      axisLabel: {
        color: theme.muted,
        fontSize: theme.fontSize,
        hideOverlap: true,
        showMinLabel: false,
        showMaxLabel: false,
        // Read off UTC: the viewer's time zone never shifts a period.
        formatter: (value: number) => {
          const year = boundaryYear(value)
          return year === null ? '' : input.boundaryLabel(year)
        },
      },
      splitLine: { show: false },
      minInterval: YEAR_MS,
    },
    yAxis: {
      type: 'value',
      scale: false,
      axisLabel: { color: theme.muted, fontSize: theme.fontSize, formatter: (v: number) => input.axisText(v) },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    series,
  }
}
