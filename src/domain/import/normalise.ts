import type { Catalogue, IndicatorKind } from '../catalogue'
import { ColumnsBuilder, FigureKeys, type ObservationColumns } from '../columns'
import { hiddenCharacter } from '../hiddenText'
import { formatPeriod, parsePeriod } from '../period'
import { periodForKind } from '../periodKind'
import type { Problem } from '../problem'
import { parseHeader } from './header/header'
import { roleColumns, type Mapping } from './mapping'
import { memo } from './memo'
import { parsePeriodText } from './header/periodText'
import { ProblemLog } from './problemLog'
import { RankCheck } from './rankCheck'
import { createRowResolver } from './rowResolver'
import { cleanCell, squeeze } from './text'
import { TotalsCheck } from './totalsCheck'
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
  /** Non-empty data rows read. */
  readonly dataRows: number
  /** Data rows with at least one error: "import only the valid rows" leaves them out whole. */
  readonly rowsWithErrors: readonly number[]
}

/** "万件" for an indicator counted in 件 means ×10,000; null when the units do not fit. */
function unitScale(given: string | undefined, unit: string): number | null {
  if (!given || given === unit) return 1
  for (const [prefix, factor] of [
    ['万', 1e4],
    ['亿', 1e8],
    ['千', 1e3],
  ] as const) {
    if (given === `${prefix}${unit}`) return factor
  }
  return null
}

/** A period read for an indicator of `kind`: a month is a level as of it, or that month's flow (see periodForKind). */
function periodKeyOf(text: string, kind: IndicatorKind): string | null {
  const p = parsePeriod(text) ?? parsePeriodText(text)
  return p ? formatPeriod(periodForKind(p, kind)) : null
}

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
  const headerRowNumber = mapping.headerRow + 1
  const log = new ProblemLog(headerRowNumber)
  const unknown = { indicators: new UnknownNames(), regions: new UnknownNames() }
  const columns = roleColumns(mapping)
  const { region: regionCol, period: periodCol, indicator: indicatorCol, unit: unitCol, measures } = columns
  const rows = createRowResolver(mapping, catalogue, columns, log, unknown)
  const totals = new TotalsCheck()
  const ranks = new RankCheck(columns.ranks, mapping.columns)
  /** Each figure's position, by its key (region, period, indicator, status) as builder codes. */
  const figures = new FigureKeys()
  // Total rows labelled 合计/全省 wait for the end, when the parent every other row shares is known.
  const pendingTotals: Pending[] = []
  const regionsSeen = new Set<string>()
  let dataRows = 0

  const periodKeyFor = {
    flow: memo((text: string) => periodKeyOf(text, 'flow')),
    stock: memo((text: string) => periodKeyOf(text, 'stock')),
    ratio: memo((text: string) => periodKeyOf(text, 'ratio')),
  }

  /** A header naming its column's region or indicator with a character nobody sees: reported once, offered as no name. */
  function hiddenInHeader(m: { readonly header: string; readonly index: number }): boolean {
    const hidden = hiddenCharacter(m.header.trim())
    if (hidden)
      log.reportColumnOnce(`hidden:${m.index}`, 'hiddenCharacter', m.index, { value: hidden.shown, char: hidden.char })
    return hidden !== null
  }

  function processRow(cells: readonly string[], row: number, regionOverride?: string) {
    const label = rows.regionLabel(cells)
    const isTotal = label?.isTotal ?? false
    if (isTotal && !regionOverride && !label?.totalOf) {
      pendingTotals.push({ cells, row })
      return
    }
    const ctx = rows.resolve(cells, row, isTotal)
    const region = regionOverride ?? ctx.region
    if (!region || !ctx.status || ctx.badRow || (periodCol !== undefined && !ctx.periodText)) return
    if (!isTotal) regionsSeen.add(region)
    if (ranks.active) ranks.add(cells, row, `${ctx.periodText ?? ''}|${ctx.indicatorFromRow?.id ?? ''}`)
    let values = 0
    for (const m of measures) {
      const raw = cells[m.index] ?? ''
      const v = parseCellValue(raw)
      if (v.kind === 'blank') continue
      values++
      const column = m.index + 1
      const figureRegion = mapping.shape === 'regionColumns' ? m.region : region
      if (figureRegion === undefined) {
        if (!hiddenInHeader(m)) {
          const name = parseHeader(m.header).name
          unknown.regions.add(squeeze(name), name, headerRowNumber, column)
          log.reportColumnOnce(`region:${m.index}`, 'unknownRegion', m.index, { value: m.header })
        }
        continue
      }
      if (v.kind === 'invalid') {
        log.report('error', 'badValue', row, column, { value: raw.trim() })
        continue
      }
      const indicator = ctx.indicatorFromRow ?? (m.indicator ? catalogue.indicator(m.indicator) : undefined)
      if (!indicator) {
        if (indicatorCol === undefined && !hiddenInHeader(m)) {
          const header = parseHeader(m.header)
          unknown.indicators.add(header.name, header.name, headerRowNumber, column, header.unit || undefined)
          log.reportColumnOnce(`indicator:${m.index}`, 'unknownIndicator', m.index, { value: m.header })
        }
        continue
      }
      const givenUnit = ctx.rowUnit ?? ctx.indicatorRowUnit ?? m.unit
      let scale = v.percent ? (indicator.unit === '%' ? 1 : null) : unitScale(givenUnit, indicator.unit)
      if (v.percent && givenUnit === '%') scale = 1
      if (scale === null) {
        if (ctx.rowUnit !== undefined)
          log.report('error', 'unitMismatch', row, (unitCol ?? m.index) + 1, {
            value: givenUnit ?? '%',
            expected: indicator.unit,
          })
        else
          log.reportColumnOnce(`unit:${m.index}:${indicator.id}`, 'unitMismatch', m.index, {
            value: givenUnit ?? '%',
            expected: indicator.unit,
          })
        continue
      }
      const periodText = ctx.periodText ?? m.period ?? ctx.indicatorRowPeriod ?? mapping.tablePeriod
      const periodKey = periodText === undefined ? null : periodKeyFor[indicator.kind](periodText)
      if (periodKey === null) {
        log.reportColumnOnce('period', 'missingPeriod', m.index, { column: m.header })
        continue
      }
      const value = scale === 1 ? v.value : Number((v.value * scale).toPrecision(15))
      if (value < 0 && indicator.kind !== 'ratio') {
        log.report('error', 'negativeCount', row, column, { value: raw.trim() })
        continue
      }
      const codes = builder.codes(figureRegion, periodKey, indicator.id, ctx.status)
      const earlier = figures.get(codes)
      if (earlier !== undefined) {
        const other = builder.valueAt(earlier)
        if (other !== value)
          log.report('error', 'duplicateConflict', row, column, {
            value: raw.trim(),
            other,
            otherRow: builder.rowAt(earlier),
          })
        continue
      }
      figures.set(codes, builder.length)
      if (regionCol !== undefined && indicator.kind !== 'ratio') {
        if (isTotal) totals.addTotal(builder.length, row, m.index)
        totals.add(m.index)
      } else totals.add(-1)
      builder.pushCodes(
        codes,
        value,
        builder.code('unit', indicator.unit),
        builder.code('source', ctx.source),
        builder.code('note', ctx.note),
        row,
      )
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
      return {
        mapping,
        columns: built,
        problems: log.problems,
        problemCounts: log.counts,
        errorCount: log.errorCount,
        warningCount: log.warningCount,
        unknownIndicators: unknown.indicators.list(),
        unknownRegions: unknown.regions.list(),
        dataRows,
        rowsWithErrors: log.rowsWithErrors(),
      }
    },
  }
}
