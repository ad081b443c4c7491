import type { Catalogue } from '../catalogue'
import { parseHeader, resolveHeaderIndicator, type NamedRole } from './header'
import type { Shape } from './mapping'
import { parsePeriodText } from './periodText'
import { squeeze } from './text'
import { TOTAL_LABELS } from './totalLabels'

/**
 * The layout of a table whose columns are not named long-style: what its first column lists
 * (regions, periods or indicators), by its header or by what most of its cells are, else periods
 * across the header for indicators as rows.
 */
export function detectShape(
  headers: readonly string[],
  named: readonly (NamedRole | undefined)[],
  data: readonly (readonly string[])[],
  catalogue: Catalogue,
  tableIndicator: string | undefined,
): Exclude<Shape, 'long'> {
  const firstColumn = data.map((r) => r[0] ?? '').filter((c) => c !== '')
  const share = (pred: (c: string) => boolean) =>
    firstColumn.length ? firstColumn.filter(pred).length / firstColumn.length : 0
  const isRegion = (c: string) =>
    catalogue.findRegion(squeeze(c)) !== undefined || TOTAL_LABELS.has(squeeze(c).toLowerCase())
  const isPeriod = (c: string) => parsePeriodText(c) !== null
  const isIndicator = (c: string) =>
    resolveHeaderIndicator(catalogue, parseHeader(c).name, tableIndicator) !== undefined
  const headerPeriods = headers.slice(1).filter((h) => h && isPeriod(h)).length
  const headerCells = headers.slice(1).filter((h) => h).length

  if (named[0] === 'region' || share(isRegion) >= 0.5) return 'regionRows'
  if (named[0] === 'period' || share(isPeriod) >= 0.5) return 'periodRows'
  if (named[0] === 'indicator' || share(isIndicator) >= 0.5 || (headerCells > 0 && headerPeriods / headerCells >= 0.5))
    return 'indicatorRows'
  return 'unknown'
}
