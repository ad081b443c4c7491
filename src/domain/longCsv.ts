import type { Dataset } from './dataset'
import { HEADLINE_INDICATORS } from './headline'
import { LONG_COLUMNS, type Observation } from './observation'

/** Rows of the canonical long format (header first), for exporting everything shown. */
export function longRows(observations: readonly Observation[]): (string | number)[][] {
  return [[...LONG_COLUMNS], ...observations.map((o) => [o.region, o.periodKey, o.indicator, o.value, o.unit, o.status, o.source, o.note])]
}

/**
 * A file to fill in: the header and two real figures of the home region, the newest year total
 * and the newest level as of a month among its headline indicators.
 */
export function templateRows(dataset: Dataset, homeRegion: string): (string | number)[][] {
  const newest = (type: 'year' | 'month') =>
    HEADLINE_INDICATORS.map((id) => dataset.seriesOf(homeRegion, id, 'actual').filter((o) => o.period.type === type).at(-1)).find((o) => o !== undefined)
  return longRows([newest('year'), newest('month')].filter((o): o is Observation => o !== undefined))
}
