import { observationAt, type ObservationColumns } from '../columns'
import type { Dataset } from '../dataset'
import type { Problem } from '../problem'
import { LONG_COLUMNS, type Observation } from '../observation'

/** Rows of the canonical long format (header first), for exporting everything shown. */
export function longRows(observations: readonly Observation[]): (string | number)[][] {
  return [
    [...LONG_COLUMNS],
    ...observations.map((o) => [o.region, o.periodKey, o.indicator, o.value, o.unit, o.status, o.source, o.note]),
  ]
}

/** The canonical long rows of an import's figures (header first), as a publish sends them. */
export function longRowsOfColumns(c: ObservationColumns): (string | number)[][] {
  const observations: Observation[] = []
  for (let i = 0; i < c.length; i++) observations.push(observationAt(c, i))
  return longRows(observations)
}

/**
 * A file to fill in: the header and two real figures of the home region, the newest year total
 * and the newest level as of a month among the lead indicators.
 */
export function templateRows(dataset: Dataset, homeRegion: string, lead: readonly string[]): (string | number)[][] {
  const newest = (type: 'year' | 'month') =>
    lead
      .map((id) =>
        dataset
          .seriesOf(homeRegion, id, 'actual')
          .filter((o) => o.period.type === type)
          .at(-1),
      )
      .find((o) => o !== undefined)
  return longRows([newest('year'), newest('month')].filter((o): o is Observation => o !== undefined))
}

/**
 * The server numbers rows of the CSV it was sent (header = 1, figure i on row i + 2); the analyst
 * knows the rows of their own file (`sent` being what `longRowsOfColumns`
 * wrote). Columns of the sent CSV mean nothing in that file: dropped.
 */
export function sourceRowsOf(problems: readonly Problem[], sent: ObservationColumns): Problem[] {
  return problems.map((p) => {
    if (p.row === undefined) return p
    return { ...p, row: sent.row[p.row - 2] ?? p.row, column: undefined }
  })
}
