import type { Catalogue, Indicator, IndicatorKind } from '../catalogue'
import { hiddenCharacter } from '../hiddenText'
import { formatPeriod, parsePeriod } from '../period'
import { periodForKind } from '../periodKind'
import { parseHeader } from './header/header'
import { parsePeriodText } from './header/periodText'
import type { ColumnMapping, Mapping, RoleColumns } from './mapping'
import { memo } from './memo'
import type { ProblemLog } from './problemLog'
import type { RowContext, UnknownRegistry } from './rowResolver'
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

/** A period read for an indicator of `kind`: a month is a level as of it, or that month's flow (see periodForKind). */
function periodKeyOf(text: string, kind: IndicatorKind): string | null {
  const p = parsePeriod(text) ?? parsePeriodText(text)
  return p ? formatPeriod(periodForKind(p, kind)) : null
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
) {
  const headerRowNumber = mapping.headerRow + 1
  const periodKeyFor = {
    flow: memo((text: string) => periodKeyOf(text, 'flow')),
    stock: memo((text: string) => periodKeyOf(text, 'stock')),
    ratio: memo((text: string) => periodKeyOf(text, 'ratio')),
  }

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
      unknown.indicators.add(header.name, header.name, headerRowNumber, m.index + 1, header.unit || undefined)
      log.reportColumnOnce(`indicator:${m.index}`, 'unknownIndicator', m.index, { value: m.header })
    }
    return indicator
  }

  function scaleOf(percent: boolean, m: ColumnMapping, ctx: RowContext, indicator: Indicator, row: number) {
    const givenUnit = ctx.rowUnit ?? ctx.indicatorRowUnit ?? m.unit
    let scale = percent ? (indicator.unit === '%' ? 1 : null) : unitScale(givenUnit, indicator.unit)
    if (percent && givenUnit === '%') scale = 1
    if (scale !== null) return scale
    const params = { value: givenUnit ?? '%', expected: indicator.unit }
    if (ctx.rowUnit !== undefined) log.report('error', 'unitMismatch', row, (columns.unit ?? m.index) + 1, params)
    else log.reportColumnOnce(`unit:${m.index}:${indicator.id}`, 'unitMismatch', m.index, params)
    return null
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
    const periodText = ctx.periodText ?? m.period ?? ctx.indicatorRowPeriod ?? mapping.tablePeriod
    const periodKey = periodText === undefined ? null : periodKeyFor[indicator.kind](periodText)
    if (periodKey === null) {
      log.reportColumnOnce('period', 'missingPeriod', m.index, { column: m.header })
      return undefined
    }
    const value = scale === 1 ? v.value : Number((v.value * scale).toPrecision(15))
    if (value < 0 && indicator.kind !== 'ratio') {
      log.report('error', 'negativeCount', row, column, { value: raw.trim() })
      return undefined
    }
    return { region, periodKey, indicator, value, row, index: m.index, raw }
  }
}
