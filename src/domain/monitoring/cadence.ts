import type { Observation } from '../observation'
import { endMonthIndex, isFullYear } from '../period'

/** A UTC time as an ISO day. */
export const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)
/** The last day of a month index (months since year 0), as an ISO day. */
const monthEnd = (index: number) => isoDay(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0))

/**
 * When a newer figure was due: a year's figure is followed by the next year's by the end of the
 * second quarter after that year (2022's total → 2023's by 30 June 2024); a month's table by the
 * table three months later.
 */
export function dueAfter(latest: Observation): string {
  const end = endMonthIndex(latest.period)
  return monthEnd(isFullYear(latest.period) ? end + 18 : end + 3)
}
