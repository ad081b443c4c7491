import type { Catalogue } from '../../catalogue'
import { formatPeriod } from '../../period'
import { rankedName, resolveHeaderIndicator, type HeaderCell, type NamedRole } from './header'
import type { ColumnMapping, Shape } from '../mapping'
import { labelPeriod } from './headerPeriod'
import { monthsNamed, parsePeriodText } from './periodText'
import { squeeze } from '../text'
import type { TableTitle } from './tableTitle'
import { isTotalLabel } from './totalLabels'

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
      role: role === 'value' ? 'measure' : role === 'rank' ? 'ignore' : (role ?? 'ignore'),
      unit: parsed[index]?.unit || undefined,
    }
  })
}

/**
 * The columns of a table of regions, periods or indicators as rows: the first column lists them,
 * the others hold figures of the indicator or the period their header names.
 */
export function tableColumns(
  shape: Exclude<Shape, 'long' | 'unknown' | 'regionColumns'>,
  headers: readonly string[],
  parsed: readonly HeaderCell[],
  named: readonly (NamedRole | undefined)[],
  catalogue: Catalogue,
  table: TableTitle,
): ColumnMapping[] {
  const { tableIndicator, year } = table
  // Without a title naming the table's indicator, its first figure column stands for it: after
  // 有效发明专利, "职务-大专院校" is a part of valid invention patents, not of grants.
  const family =
    tableIndicator ??
    parsed
      .slice(1)
      .map((h) => resolveHeaderIndicator(catalogue, h.name))
      .find((i) => i !== undefined && catalogue.partsOf(i.id).length > 0)?.id
  const firstRole = shape === 'regionRows' ? 'region' : shape === 'periodRows' ? 'period' : 'indicator'
  const columns = headers.map((header, index): ColumnMapping => {
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
    const indicator = resolveHeaderIndicator(catalogue, h.name, family)
    const period = labelPeriod(h, indicator, table.tablePeriod, year)
    return { index, header, role: 'measure', indicator: indicator?.id, period, unit }
  })
  return linkRanks(monthBeside(columns, parsed, catalogue), parsed, catalogue)
}

/**
 * Beside a 当月 column, the flows that name no months of their own (发明, 实用新型, 职务-…) are of that
 * month too, even under a title naming January to it ("2023年1-8月…").
 */
function monthBeside(columns: ColumnMapping[], parsed: readonly HeaderCell[], catalogue: Catalogue): ColumnMapping[] {
  const month = columns.find((c) => c.period && monthsNamed(parsed[c.index]?.name ?? '') === 'month')?.period
  if (!month) return columns
  return columns.map((c) =>
    c.role === 'measure' && !c.period && c.indicator && catalogue.indicator(c.indicator)?.kind === 'flow'
      ? { ...c, period: month }
      : c,
  )
}

/**
 * The columns of a table with one column per region (cities or counties across, periods or
 * indicators down). A 合计/全省 column is the region the others share; a header that names no
 * region keeps none, and is reported where it stands.
 */
export function regionColumns(
  headers: readonly string[],
  parsed: readonly HeaderCell[],
  named: readonly (NamedRole | undefined)[],
  catalogue: Catalogue,
  table: TableTitle,
  firstRole: 'period' | 'indicator',
): ColumnMapping[] {
  const regionOf = (h: HeaderCell | undefined) => catalogue.findRegion(squeeze(h?.name ?? ''))?.name
  const isTotal = (h: HeaderCell | undefined) => isTotalLabel(h?.name ?? '')
  const parents = new Set(
    parsed
      .slice(1)
      .filter((h) => !isTotal(h))
      .map(regionOf)
      .filter((r) => r !== undefined)
      .map((r) => catalogue.region(r)?.parent ?? ''),
  )
  const parent = parents.size === 1 ? [...parents][0] || undefined : undefined
  const columns = headers.map((header, index): ColumnMapping => {
    if (index === 0) return { index, header, role: firstRole }
    const role = named[index]
    if (role && role !== 'value') return { index, header, role }
    const h = parsed[index]
    return {
      index,
      header,
      role: 'measure',
      region: regionOf(h) ?? (isTotal(h) ? parent : undefined),
      indicator: firstRole === 'period' ? table.tableIndicator : undefined,
      // A period over the regions ("2023年" a header row above them): "截至…" as written, a level's moment.
      period: h?.period && (h.period.asOf ? h.period.words : h.period.key),
      unit: h?.unit || undefined,
    }
  })
  return linkRanks(columns, parsed, catalogue)
}

/**
 * Each rank column ranks the column its header names ("专利密度排名"), else the nearest column of
 * figures to its left (the province prints 排名 right after 专利密度).
 */
function linkRanks(columns: ColumnMapping[], parsed: readonly HeaderCell[], catalogue: Catalogue): ColumnMapping[] {
  return columns.map((c) => {
    if (c.role !== 'rank') return c
    const name = rankedName(parsed[c.index]?.name ?? c.header)
    const id = name ? resolveHeaderIndicator(catalogue, name)?.id : undefined
    const measures = columns.filter((m) => m.role === 'measure')
    const ranked =
      (name
        ? measures.find((m) => (id !== undefined && m.indicator === id) || parsed[m.index]?.name === name)
        : undefined) ?? measures.filter((m) => m.index < c.index).at(-1)
    return ranked ? { ...c, ranks: ranked.index } : c
  })
}
