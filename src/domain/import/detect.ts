import { parseHeader, roleNamed } from './header/header'
import { longColumns, regionColumns, tableColumns } from './header/columnRoles'
import type { ImportContext } from './context'
import { isTableRow, nonEmptyCells, readHeader } from './header/headerRows'
import type { Mapping } from './mapping'
import { detectShape, listsPeriods } from './shape'
import { readTableTitle } from './header/tableTitle'
import { cleanCell } from './text'

/**
 * Reads the first rows of a file and says how its cells become figures: where the header is,
 * what each column holds, and the table's region, period and indicator from its title or name.
 */
export function detectMapping(rawRows: readonly (readonly string[])[], ctx: ImportContext): Mapping {
  const rows = rawRows.map((r) => r.map(cleanCell))
  const first = rows.findIndex(isTableRow)
  const titles = rows.slice(0, Math.max(first, 0)).flatMap((r) => [...new Set(r.filter((c) => c !== ''))])
  const table = readTableTitle(titles, ctx)
  const base = {
    titles,
    region: table.region,
    regionFrom: table.regionFrom,
    tablePeriod: table.tablePeriod,
    tablePeriodFrom: table.tablePeriodFrom,
    tableIndicator: table.tableIndicator,
    status: 'actual' as const,
    source: ctx.fileName,
  }
  if (first < 0) return { ...base, shape: 'unknown', headerRow: 0, headerRows: 1, columns: [] }

  const { headerRow, headerRows, headers } = readHeader(rows, first)
  const parsed = headers.map(parseHeader)
  const named = parsed.map((h) => roleNamed(h.name))

  // Long (and record) layouts name their columns: 地区, 时期, 指标, 数值 …
  if (named.includes('indicator') && named.includes('value'))
    return { ...base, shape: 'long', headerRow, headerRows, columns: longColumns(headers, parsed, named) }

  const data = rows.slice(headerRow + 1).filter((r) => nonEmptyCells(r) > 0)
  const shape = detectShape(headers, named, data, ctx.catalogue, table.tableIndicator)
  if (shape === 'unknown')
    return {
      ...base,
      shape: 'unknown',
      headerRow,
      headerRows,
      columns: headers.map((header, index) => ({ index, header, role: 'ignore' })),
    }

  const columns =
    shape === 'regionColumns'
      ? regionColumns(headers, parsed, named, ctx.catalogue, table, listsPeriods(data) ? 'period' : 'indicator')
      : tableColumns(shape, headers, parsed, named, ctx.catalogue, table)
  let { tablePeriod, tablePeriodFrom } = table
  // A period written as a column header ("2020年11月" above the figures) is the table's period too.
  if (!tablePeriod && shape === 'regionRows') {
    const fromHeader = columns.find((c) => c.role === 'measure' && c.period && !c.period.includes('..'))?.period
    if (fromHeader) {
      tablePeriod = fromHeader
      tablePeriodFrom = 'title'
    }
  }
  return { ...base, tablePeriod, tablePeriodFrom, shape, headerRow, headerRows, columns }
}
