import type { Catalogue } from '../catalogue'
import { parseHeader, resolveHeaderIndicator, type NamedRole } from './header/header'
import type { Shape } from './mapping'
import { parsePeriodText } from './header/periodText'
import { squeeze } from './text'
import { isTotalLabel } from './header/totalLabels'

/** The share of a table's first-column labels that `pred` holds for (0 without labels). */
function firstColumnShare(data: readonly (readonly string[])[], pred: (cell: string) => boolean): number {
  const labels = data.map((r) => r[0] ?? '').filter((c) => c !== '')
  return labels.length ? labels.filter(pred).length / labels.length : 0
}

const isPeriod = (c: string) => parsePeriodText(c) !== null

/** Whether most of a table's row labels are periods. */
export const listsPeriods = (data: readonly (readonly string[])[]) => firstColumnShare(data, isPeriod) >= 0.5

/**
 * The layout of a table whose columns are not named long-style: regions across its header (one
 * column per city or county), else what its first column lists (regions, periods or indicators),
 * by its header or by what most of its cells are, else periods across the header for indicators
 * as rows.
 */
export function detectShape(
  headers: readonly string[],
  named: readonly (NamedRole | undefined)[],
  data: readonly (readonly string[])[],
  catalogue: Catalogue,
  tableIndicator: string | undefined,
): Exclude<Shape, 'long'> {
  const isRegion = (c: string) => catalogue.findRegion(squeeze(c)) !== undefined || isTotalLabel(c)
  const isIndicator = (c: string) =>
    resolveHeaderIndicator(catalogue, parseHeader(c).name, tableIndicator) !== undefined
  const headerCells = headers.slice(1).filter((h) => h)
  const headerPeriods = headerCells.filter(isPeriod).length
  const headerRegions = headerCells.filter((h) => isRegion(parseHeader(h).name)).length

  if (named[0] !== 'region' && headerRegions >= 2 && headerRegions / headerCells.length >= 0.5) return 'regionColumns'
  if (named[0] === 'region' || firstColumnShare(data, isRegion) >= 0.5) return 'regionRows'
  if (named[0] === 'period' || listsPeriods(data)) return 'periodRows'
  if (
    named[0] === 'indicator' ||
    firstColumnShare(data, isIndicator) >= 0.5 ||
    (headerCells.length > 0 && headerPeriods / headerCells.length >= 0.5)
  )
    return 'indicatorRows'
  return 'unknown'
}
