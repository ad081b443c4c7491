import type { Catalogue, Indicator, IndicatorKind } from '../catalogue'
import { hiddenCharacter } from '../hiddenText'
import { formatPeriod, parsePeriod } from '../period'
import { periodForKind } from '../periodKind'
import { namesGrowth, parseHeader } from './header/header'
import { isAsOf, parsePeriodText, parsePeriodWords } from './header/periodText'
import type { ColumnMapping, Mapping, RoleColumns } from './mapping'
import { memo } from './memo'
import type { ProblemLog } from './problemLog'
import type { RowContext, UnknownRegistry } from './rowResolver'
import type { ScaledUnits } from './scaledUnits'
import { squeeze } from './text'
import type { CellValue } from './value'

/** A figure cell read against its row's labels and its column's header. */
export interface CellFigure {
  readonly region: string
  readonly periodKey: string
  readonly indicator: Indicator
  readonly value: number
  /** The cell's Excel row, 0-based column and text as written. */
  readonly row: number
  readonly index: number
  readonly raw: string
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

/**
 * A period read for an indicator of `kind`: a month is a level as of it, or that month's flow (see
 * periodForKind). "截至2025年7月" is a moment: a level's, never a flow's.
 */
function periodKeyOf(text: string, kind: IndicatorKind): string | null {
  const asOf = isAsOf(text)
  if (asOf && kind === 'flow') return null
  const p = asOf ? parsePeriodWords(text) : (parsePeriod(text) ?? parsePeriodText(text))
  return p ? formatPeriod(periodForKind(p, kind)) : null
}

/**
 * The period of a figure, or null when none is known, or when its label names a flow "as of" a
 * moment (截至2025年7月专利授权量: since when?), said where the label stands.
 */
function createPeriodReader(mapping: Mapping, columns: RoleColumns, log: ProblemLog) {
  const periodKeyFor = {
    flow: memo((text: string) => periodKeyOf(text, 'flow')),
    stock: memo((text: string) => periodKeyOf(text, 'stock')),
    ratio: memo((text: string) => periodKeyOf(text, 'ratio')),
  }
  return (m: ColumnMapping, ctx: RowContext, indicator: Indicator, row: number): string | null => {
    const fromLabel = ctx.periodText === undefined && m.period === undefined ? ctx.indicatorRowPeriod : undefined
    const periodText = ctx.periodText ?? m.period ?? fromLabel ?? mapping.tablePeriod
    const periodKey = periodText === undefined ? null : periodKeyFor[indicator.kind](periodText)
    if (periodKey !== null) return periodKey
    const params = { value: periodText ?? '' }
    if (fromLabel !== undefined && columns.indicator !== undefined)
      log.reportOnce(`period:${row}`, 'error', 'flowAsOf', row, columns.indicator + 1, params)
    else if (periodText !== undefined && isAsOf(periodText))
      log.reportColumnOnce(`period:${m.index}`, 'flowAsOf', m.index, params)
    else log.reportColumnOnce('period', 'missingPeriod', m.index, { column: m.header })
    return null
  }
}

/**
 * The factor from a figure's unit as printed (a unit column's, its row label's, else its column
 * header's) to the catalogue's, or null when they do not fit, said at the cell that printed it.
 */
function createUnitReader(mapping: Mapping, columns: RoleColumns, log: ProblemLog, scaled: ScaledUnits) {
  const headerRowNumber = mapping.headerRow + 1
  return (percent: boolean, m: ColumnMapping, ctx: RowContext, indicator: Indicator, row: number) => {
    const givenUnit = ctx.rowUnit ?? ctx.indicatorRowUnit ?? m.unit
    let scale = percent ? (indicator.unit === '%' ? 1 : null) : unitScale(givenUnit, indicator.unit)
    if (percent && givenUnit === '%') scale = 1
    const inLabel = ctx.rowUnit === undefined && ctx.indicatorRowUnit !== undefined && columns.indicator !== undefined
    const [unitRow, unitColumn] =
      ctx.rowUnit !== undefined
        ? [row, columns.unit ?? m.index]
        : inLabel
          ? [row, columns.indicator ?? 0]
          : [headerRowNumber, m.index]
    if (scale !== null) {
      if (scale !== 1 && givenUnit) scaled.add(givenUnit, indicator.unit, scale, unitRow, unitColumn + 1)
      return scale
    }
    const params = { value: givenUnit ?? '%', expected: indicator.unit }
    if (ctx.rowUnit !== undefined) log.report('error', 'unitMismatch', row, unitColumn + 1, params)
    // A unit printed in a row's label is wrong where the label stands, once however many figures it has.
    else if (inLabel) log.reportOnce(`unit:${row}`, 'error', 'unitMismatch', row, unitColumn + 1, params)
    else log.reportColumnOnce(`unit:${m.index}:${indicator.id}`, 'unitMismatch', m.index, params)
    return null
  }
}

/**
 * Reads one non-blank figure cell into its region, period, indicator and value in the indicator's own
 * unit, or reports what keeps it out (at the cell, or once at its header when the header is at fault).
 */
export function createCellReader(
  mapping: Mapping,
  catalogue: Catalogue,
  columns: RoleColumns,
  log: ProblemLog,
  unknown: UnknownRegistry,
  scaled: ScaledUnits,
) {
  const headerRowNumber = mapping.headerRow + 1
  const periodOf = createPeriodReader(mapping, columns, log)
  const scaleOf = createUnitReader(mapping, columns, log, scaled)

  /** A header naming its column's region or indicator with a character nobody sees: reported once, offered as no name. */
  function hiddenInHeader(m: ColumnMapping): boolean {
    const hidden = hiddenCharacter(m.header.trim())
    if (hidden)
      log.reportColumnOnce(`hidden:${m.index}`, 'hiddenCharacter', m.index, { value: hidden.shown, char: hidden.char })
    return hidden !== null
  }

  function indicatorOf(m: ColumnMapping, ctx: RowContext): Indicator | undefined {
    const indicator = ctx.indicatorFromRow ?? (m.indicator ? catalogue.indicator(m.indicator) : undefined)
    if (!indicator && columns.indicator === undefined && !hiddenInHeader(m)) {
      const header = parseHeader(m.header)
      if (namesGrowth(header.name))
        log.reportOnce(`growth:${m.index}`, 'warning', 'growthRate', headerRowNumber, m.index + 1, { value: m.header })
      else {
        unknown.indicators.add(header.name, header.name, headerRowNumber, m.index + 1, header.unit || undefined)
        log.reportColumnOnce(`indicator:${m.index}`, 'unknownIndicator', m.index, { value: m.header })
      }
    }
    return indicator
  }

  return (
    v: Exclude<CellValue, { kind: 'blank' }>,
    raw: string,
    m: ColumnMapping,
    ctx: RowContext,
    rowRegion: string,
    row: number,
  ): CellFigure | undefined => {
    const column = m.index + 1
    const region = mapping.shape === 'regionColumns' ? m.region : rowRegion
    if (region === undefined) {
      if (!hiddenInHeader(m)) {
        const name = parseHeader(m.header).name
        unknown.regions.add(squeeze(name), name, headerRowNumber, column)
        log.reportColumnOnce(`region:${m.index}`, 'unknownRegion', m.index, { value: m.header })
      }
      return undefined
    }
    if (v.kind === 'invalid') {
      log.report('error', 'badValue', row, column, { value: raw.trim() })
      return undefined
    }
    const indicator = indicatorOf(m, ctx)
    if (!indicator) return undefined
    const scale = scaleOf(v.percent, m, ctx, indicator, row)
    if (scale === null) return undefined
    const periodKey = periodOf(m, ctx, indicator, row)
    if (periodKey === null) return undefined
    const value = scale === 1 ? v.value : Number((v.value * scale).toPrecision(15))
    if (value < 0 && indicator.kind !== 'ratio') {
      log.report('error', 'negativeCount', row, column, { value: raw.trim() })
      return undefined
    }
    return { region, periodKey, indicator, value, row, index: m.index, raw }
  }
}
