import type { Indicator } from '../catalogue'
import type { Dataset } from '../dataset'
import { figureYearsBefore, growthMultiple } from '../growth'
import type { Observation } from '../observation'
import { endMonthIndex, isFullYear } from '../period'
import { change, yoy, type Change } from '../yoy'

export interface Headline {
  readonly indicator: Indicator
  /** The figure a card leads with: a flow's latest full year (else its latest figure), a stock's latest level. */
  readonly latest: Observation
  /** 同比 where a like period exists; for stocks and ratios otherwise the previous level. */
  readonly comparison: Change & { readonly basis: 'yoy' | 'previous' }
  /** For ratios compared across sources: the bases (e.g. population) may differ. */
  readonly caveat: boolean
  /** A flow's later partial-year figure (e.g. Jan–Aug 2023 after the 2022 total), with its own 同比. */
  readonly partial?: { readonly figure: Observation; readonly comparison: Change }
  /** Growth against the figure three years earlier, when one was published ("较3年前翻番"). */
  readonly threeYears?: { readonly base: Observation; readonly multiple: number }
}

/**
 * The headline figure of an indicator for a region, considering only figures up to the end of
 * `asOfYear` when given. Undefined when the region has no actual figure of it.
 */
export function headline(
  dataset: Dataset,
  region: string,
  indicatorId: string,
  asOfYear?: number,
): Headline | undefined {
  const indicator = dataset.catalogue.indicator(indicatorId)
  if (!indicator) return undefined
  const limit = asOfYear === undefined ? Infinity : asOfYear * 12 + 11
  const series = dataset.seriesOf(region, indicatorId, 'actual').filter((o) => endMonthIndex(o.period) <= limit)
  const newest = series.at(-1)
  if (!newest) return undefined
  let latest = newest
  let partial: Headline['partial']
  if (indicator.kind === 'flow') {
    const fullYear = series.filter((o) => isFullYear(o.period)).at(-1)
    if (fullYear) {
      latest = fullYear
      const later = series
        .filter(
          (o) =>
            o.period.type === 'span' &&
            !isFullYear(o.period) &&
            o.period.from === 1 &&
            o.period.year > fullYear.period.year,
        )
        .at(-1)
      if (later) partial = { figure: later, comparison: yoy(later, series, indicator.kind) }
    }
  }
  let comparison: Headline['comparison'] = { ...yoy(latest, series, indicator.kind), basis: 'yoy' }
  if (!comparison.ok && indicator.kind !== 'flow') {
    const previous = series
      .filter((o) => o.period.type !== 'span' && endMonthIndex(o.period) < endMonthIndex(latest.period))
      .at(-1)
    if (previous) comparison = { ...change(latest, previous), basis: 'previous' }
  }
  const base3 = figureYearsBefore(series, latest.period, 3)
  const multiple = base3 ? growthMultiple(latest.value, base3.value) : null
  return {
    indicator,
    latest,
    comparison,
    caveat: indicator.kind === 'ratio' && comparison.base !== undefined && comparison.base.source !== latest.source,
    partial,
    threeYears: base3 && multiple !== null ? { base: base3, multiple } : undefined,
  }
}
