import type { Catalogue } from '../catalogue'
import { formatPeriod } from '../period'
import { resolveHeaderIndicator, type HeaderCell, type NamedRole } from './header'
import type { ColumnMapping, Shape } from './mapping'
import { parsePeriodText } from './periodText'

const pad = (n: number) => String(n).padStart(2, '0')

/** A long (or record) file's columns: each named for what it holds, 数值 the figures. */
export function longColumns(
  headers: readonly string[],
  parsed: readonly HeaderCell[],
  named: readonly (NamedRole | undefined)[],
): ColumnMapping[] {
  return headers.map((header, index) => {
    const role = named[index]
    return {
      index,
      header,
      role: role === 'value' ? 'measure' : (role ?? 'ignore'),
      unit: parsed[index]?.unit || undefined,
    }
  })
}

/**
 * The columns of a table of regions, periods or indicators as rows: the first column lists them,
 * the others hold figures of the indicator or the period their header names.
 */
export function tableColumns(
  shape: Exclude<Shape, 'long' | 'unknown'>,
  headers: readonly string[],
  parsed: readonly HeaderCell[],
  named: readonly (NamedRole | undefined)[],
  catalogue: Catalogue,
  tableIndicator: string | undefined,
  year: number | undefined,
): ColumnMapping[] {
  // Without a title naming the table's indicator, its first figure column stands for it: after
  // 有效发明专利, "职务-大专院校" is a part of valid invention patents, not of grants.
  const family =
    tableIndicator ??
    parsed
      .slice(1)
      .map((h) => resolveHeaderIndicator(catalogue, h.name))
      .find((i) => i !== undefined && catalogue.partsOf(i.id).length > 0)?.id
  const firstRole = shape === 'regionRows' ? 'region' : shape === 'periodRows' ? 'period' : 'indicator'
  return headers.map((header, index) => {
    const h = parsed[index] ?? { name: header, unit: '', hint: {} }
    if (index === 0) return { index, header, role: firstRole }
    const role = named[index]
    if (role && role !== 'value') return { index, header, role }
    const unit = h.unit || undefined
    if (shape === 'indicatorRows') {
      const p = parsePeriodText(header) ?? parsePeriodText(h.name)
      return { index, header, role: 'measure', period: p ? formatPeriod(p) : undefined, unit }
    }
    const asPeriod = parsePeriodText(h.name)
    if (asPeriod)
      return { index, header, role: 'measure', indicator: tableIndicator, period: formatPeriod(asPeriod), unit }
    const indicator = resolveHeaderIndicator(catalogue, h.name, family)?.id
    let period: string | undefined
    const hint = h.hint
    const y = hint.year ?? year
    if (hint.from !== undefined && hint.to !== undefined && y !== undefined)
      period = `${y}-${pad(hint.from)}..${pad(hint.to)}`
    return { index, header, role: 'measure', indicator, period, unit }
  })
}
