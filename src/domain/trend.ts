import type { IndicatorKind } from './catalogue'
import type { Dataset } from './dataset'
import { STATUSES, type Observation, type Status } from './observation'
import { isFullYear, periodTime, spanMonths } from './period'
import { byCodeUnits } from './order'

/** How a line's figures relate in time: year totals, the same months of each year, single months, or levels. */
type TrendShape = 'years' | 'months' | 'ytd' | 'levels'

interface TrendPoint {
  readonly time: number
  readonly value: number
  readonly observation: Observation
}

export interface TrendLine {
  /** Stable id, e.g. "actual:years" or "target:levels". */
  readonly id: string
  readonly status: Status
  readonly shape: TrendShape
  /** For 'ytd' lines, the months covered ("1–8"); empty otherwise. */
  readonly months: string
  readonly points: readonly TrendPoint[]
}

function shapeOf(o: Observation, kind: IndicatorKind): { shape: TrendShape; months: string } {
  if (kind !== 'flow') return { shape: 'levels', months: '' }
  if (isFullYear(o.period)) return { shape: 'years', months: '' }
  const p = o.period
  if (p.type === 'span' && p.from !== p.to) return { shape: 'ytd', months: `${p.from}-${p.to}` }
  return { shape: 'months', months: '' }
}

/**
 * A region's figures of one indicator split into lines that may honestly be joined: a flow's year
 * totals never share a line with its Jan–Aug figure, estimates and targets stand apart from actuals.
 * A period with no figure has no point.
 */
export function trendLines(dataset: Dataset, region: string, indicatorId: string): TrendLine[] {
  const kind = dataset.catalogue.indicator(indicatorId)?.kind ?? 'stock'
  const lines = new Map<string, { status: Status; shape: TrendShape; months: string; points: TrendPoint[] }>()
  for (const o of dataset.seriesOf(region, indicatorId)) {
    if (kind === 'flow' && spanMonths(o.period) === 0) continue
    const { shape, months } = shapeOf(o, kind)
    const id = `${o.status}:${shape}${months ? `:${months}` : ''}`
    const line = lines.get(id) ?? { status: o.status, shape, months, points: [] }
    line.points.push({ time: periodTime(o.period, kind === 'flow'), value: o.value, observation: o })
    lines.set(id, line)
  }
  const shapes: Record<TrendShape, number> = { years: 0, levels: 0, ytd: 1, months: 2 }
  return [...lines.entries()]
    .map(([id, l]) => ({ id, ...l }))
    .sort(
      (a, b) =>
        STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
        shapes[a.shape] - shapes[b.shape] ||
        byCodeUnits(a.id, b.id),
    )
}
