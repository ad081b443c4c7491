import type { PatentSummary } from '../patents/patentImport'
import type { Catalogue } from '../catalogue'
import { ColumnsBuilder, type ObservationColumns } from '../columns'
import type { Problem } from '../problem'
import { createCellReader } from './cellFigure'
import { createFigureWriter } from './figureWriter'
import { roleColumns, type Mapping } from './mapping'
import { ProblemLog } from './problemLog'
import { RankCheck } from './rankCheck'
import { createRowResolver, type UnknownRegistry } from './rowResolver'
import { cleanCell } from './text'
import { TotalsCheck } from './totalsCheck'
import { ScaledUnits, type ScaledUnit } from './scaledUnits'
import { UnknownNames, type UnknownName } from './unknownNames'
import { parseCellValue } from './value'

export interface NormalisedFile {
  readonly mapping: Mapping
  readonly columns: ObservationColumns
  readonly problems: readonly Problem[]
  /** Problems of each code, including those past the list limit. */
  readonly problemCounts: Readonly<Record<string, number>>
  readonly errorCount: number
  readonly warningCount: number
  readonly unknownIndicators: readonly UnknownName[]
  readonly unknownRegions: readonly UnknownName[]
  /** Units with a multiplier (万件) read in the catalogue's unit (件): the figures were multiplied. */
  readonly scaledUnits: readonly ScaledUnit[]
  /** Non-empty data rows read. */
  readonly dataRows: number
  /** Data rows with at least one error: "import only the valid rows" leaves them out whole. */
  readonly rowsWithErrors: readonly number[]
  /** A patent list's counts, reconciliation and mapping: its figures are the derived ones. */
  readonly patents?: PatentSummary
  /** A patent list's records as a records file (patents/patentFile.ts), to keep and publish. */
  readonly records?: Uint8Array
}

const normalisedFile = (
  mapping: Mapping,
  columns: ObservationColumns,
  log: ProblemLog,
  unknown: UnknownRegistry,
  scaled: ScaledUnits,
  dataRows: number,
): NormalisedFile => ({
  mapping,
  columns,
  problems: log.problems,
  problemCounts: log.counts,
  errorCount: log.errorCount,
  warningCount: log.warningCount,
  unknownIndicators: unknown.indicators.list(),
  unknownRegions: unknown.regions.list(),
  scaledUnits: scaled.list(),
  dataRows,
  rowsWithErrors: log.rowsWithErrors(),
})

interface Pending {
  cells: readonly string[]
  row: number
}

/**
 * Turns data rows into figures following a mapping, one row at a time (a million rows never need
 * to be held at once), naming each problem by the row and column Excel shows.
 */
export function createNormaliser(mapping: Mapping, catalogue: Catalogue) {
  const builder = new ColumnsBuilder()
  const log = new ProblemLog(mapping.headerRow + 1)
  const unknown = { indicators: new UnknownNames(), regions: new UnknownNames() }
  const columns = roleColumns(mapping)
  const { region: regionCol, period: periodCol, measures } = columns
  const rows = createRowResolver(mapping, catalogue, columns, log, unknown)
  const scaled = new ScaledUnits()
  const readCell = createCellReader(mapping, catalogue, columns, log, unknown, scaled)
  const totals = new TotalsCheck()
  const write = createFigureWriter(builder, log, totals, regionCol !== undefined)
  const ranks = new RankCheck(columns.ranks, mapping.columns)
  // Total rows labelled 合计/全省 wait for the end, when the parent every other row shares is known.
  const pendingTotals: Pending[] = []
  const regionsSeen = new Set<string>()
  let dataRows = 0

  function processRow(cells: readonly string[], row: number, regionOverride?: string) {
    const label = rows.regionLabel(cells)
    const isTotal = label?.isTotal ?? false
    if (isTotal && !regionOverride && !label?.totalOf) {
      pendingTotals.push({ cells, row })
      return
    }
    const ctx = rows.resolve(cells, row, isTotal)
    const region = regionOverride ?? ctx.region
    const status = ctx.status
    if (!region || !status || ctx.badRow || (periodCol !== undefined && !ctx.periodText)) return
    if (!isTotal) regionsSeen.add(region)
    if (ranks.active) ranks.add(cells, row, `${ctx.periodText ?? ''}|${ctx.indicatorFromRow?.id ?? ''}`)
    let values = 0
    for (const m of measures) {
      const raw = cells[m.index] ?? ''
      const v = parseCellValue(raw)
      if (v.kind === 'blank') continue
      values++
      const figure = readCell(v, raw, m, ctx, region, row)
      if (figure) write(figure, status, ctx, isTotal)
    }
    // A row that says what its figures are but holds none is said, not dropped without a word.
    const first = measures[0]
    if (values === 0 && first) log.report('warning', 'noValue', row, first.index + 1)
  }

  return {
    /** One data row; `index` is its 0-based position in the file. */
    push(cells: readonly string[], index: number) {
      if (index <= mapping.headerRow) return
      if (cells.every((c) => c.trim() === '')) return
      dataRows++
      processRow(cells, index + 1)
    },

    finish(): NormalisedFile {
      // A total row labelled 合计/全省 stands for the parent every other row shares.
      const parents = new Set([...regionsSeen].map((r) => catalogue.region(r)?.parent ?? ''))
      const parent = parents.size === 1 ? [...parents][0] : undefined
      for (const t of pendingTotals) {
        if (parent) processRow(t.cells, t.row, parent)
        else
          log.report('warning', 'totalWithoutParent', t.row, (regionCol ?? 0) + 1, {
            value: cleanCell(t.cells[regionCol ?? 0] ?? ''),
          })
      }
      const built = builder.build()
      totals.check(built, log)
      ranks.check(log)
      return normalisedFile(mapping, built, log, unknown, scaled, dataRows)
    },
  }
}
