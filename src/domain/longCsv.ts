import { LONG_COLUMNS, type Observation } from './observation'

/** Rows of the canonical long format (header first), for exporting everything shown. */
export function longRows(observations: readonly Observation[]): (string | number)[][] {
  return [[...LONG_COLUMNS], ...observations.map((o) => [o.region, o.periodKey, o.indicator, o.value, o.unit, o.status, o.source, o.note])]
}

/** A file to fill in: the header and two real figures showing a year total and a level as of a month. */
export function templateRows(observations: readonly Observation[], homeRegion: string): (string | number)[][] {
  const home = observations.filter((o) => o.region === homeRegion && o.status === 'actual')
  const examples = [home.find((o) => o.period.type === 'year'), home.find((o) => o.period.type === 'month')].filter((o): o is Observation => o !== undefined)
  return longRows(examples)
}
