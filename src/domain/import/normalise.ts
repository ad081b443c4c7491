import type { Catalogue, Indicator, IndicatorKind } from '../catalogue'
import { ColumnsBuilder, FigureKeys, type ObservationColumns } from '../columns'
import { STATUS_CHOICES, STATUSES, type Status } from '../observation'
import { formatPeriod, parsePeriod } from '../period'
import { periodForKind } from '../periodKind'
import type { Problem, ProblemCode } from '../problem'
import type { ColumnMapping, Mapping } from './mapping'
import { resolveHeaderIndicator, TOTAL_LABELS } from './detect'
import { parseHeader } from './header'
import { parsePeriodText } from './periodText'
import { cleanCell, squeeze } from './text'
import { parseCellValue } from './value'

/** Problems listed in full; past this only their count goes on (a million bad rows need no list). */
const PROBLEM_LIST_LIMIT = 500

const STATUS_WORDS: Record<string, Status> = {
  ...Object.fromEntries(STATUSES.map((s) => [s, s])),
  实际: 'actual',
  实际值: 'actual',
  统计: 'actual',
  预计: 'estimate',
  预测: 'estimate',
  估计: 'estimate',
  初步: 'estimate',
  目标: 'target',
  目标值: 'target',
  计划: 'target',
}

export interface UnknownName {
  readonly name: string
  readonly row: number
  readonly column: number
  /** For indicators: the unit the header gave, as a suggestion for a custom indicator. */
  readonly unit?: string
  readonly count: number
}

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

// Past this many distinct texts a column is free text (notes), not names: stop remembering.
const MEMO_LIMIT = 4096

/** `read` remembered for the texts a column repeats. */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    const hit = known.get(text)
    if (hit !== undefined || known.has(text)) return hit as T
    const value = read(text)
    if (known.size < MEMO_LIMIT) known.set(text, value)
    return value
  }
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
  const problems: Problem[] = []
  const counts: Record<string, number> = {}
  let errorCount = 0
  let warningCount = 0
  const unknownIndicators = new Map<
    string,
    { name: string; row: number; column: number; unit?: string; count: number }
  >()
  const unknownRegions = new Map<string, { name: string; row: number; column: number; count: number }>()
  /** Each figure's position, by its key (region, period, indicator, status) as builder codes. */
  const figures = new FigureKeys()
  const errorRows = new Set<number>()
  let dataRows = 0

  const col = (role: ColumnMapping['role']) => mapping.columns.find((c) => c.role === role)?.index
  const regionCol = col('region')
  const periodCol = col('period')
  const indicatorCol = col('indicator')
  const unitCol = col('unit')
  const statusCol = col('status')
  const sourceCol = col('source')
  const noteCol = col('note')
  const measures = mapping.columns.filter((c) => c.role === 'measure')
  const headerRowNumber = mapping.headerRow + 1

  // Totals of a regions-as-rows table, checked at the end: the parts of each figure (column,
  // period, indicator, status) against its total row. The measure column of each figure (-1:
  // not summed) is kept so the parts can be added up then, only when a file has total rows.
  const measureOf: number[] = []
  const totals: { figure: number; row: number; column: number }[] = []
  const pendingTotals: Pending[] = []
  const regionsSeen = new Set<string>()
  const reportedColumns = new Set<string>()

  const report = (
    severity: Problem['severity'],
    code: ProblemCode,
    row: number | undefined,
    column: number | undefined,
    params?: Record<string, string | number>,
  ) => {
    counts[code] = (counts[code] ?? 0) + 1
    if (severity === 'error') {
      errorCount++
      if (row !== undefined && row > headerRowNumber) errorRows.add(row)
    } else warningCount++
    if (problems.length < PROBLEM_LIST_LIMIT) problems.push({ severity, code, row, column, params })
  }
  /** Once per column: a header that names no known indicator, or a unit that does not fit. */
  const reportColumnOnce = (
    key: string,
    code: ProblemCode,
    column: number,
    params: Record<string, string | number>,
  ) => {
    if (reportedColumns.has(key)) return
    reportedColumns.add(key)
    report('error', code, headerRowNumber, column + 1, params)
  }

  // A long file names the same few regions, periods, indicators and units a million times: each
  // distinct cell text is read once. Problems are still reported at every row that has them.
  const clean = memo(cleanCell)
  const regionCell = memo((raw: string) => {
    const label = cleanCell(raw)
    const key = squeeze(label)
    const isTotal = TOTAL_LABELS.has(key.toLowerCase())
    // A total row labelled with a real region's name (全省 is not one) is that region's row.
    return {
      label,
      key,
      region: catalogue.findRegion(key)?.name,
      isTotal,
      totalOf: isTotal ? catalogue.findRegion(key.toLowerCase())?.name : undefined,
    }
  })
  const periodCell = memo((raw: string) => {
    const text = cleanCell(raw)
    const p = parsePeriodText(text)
    return { text, key: p ? formatPeriod(p) : undefined }
  })
  const indicatorCell = memo((raw: string) => {
    const text = cleanCell(raw)
    const header = parseHeader(text)
    return { text, header, indicator: resolveHeaderIndicator(catalogue, header.name, mapping.tableIndicator) }
  })
  const periodKeyFor = {
    flow: memo((text: string) => periodKeyOf(text, 'flow')),
    stock: memo((text: string) => periodKeyOf(text, 'stock')),
    ratio: memo((text: string) => periodKeyOf(text, 'ratio')),
  }
  const cell = (cells: readonly string[], i: number | undefined) => (i === undefined ? '' : clean(cells[i] ?? ''))
  // Free text keeps its own characters (full-width commas, brackets): only the ends are trimmed.
  const text = (cells: readonly string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim())

  // Vertically merged cells leave blanks below the first: a blank label repeats the one above.
  const carry: {
    region?: ReturnType<typeof regionCell>
    period?: ReturnType<typeof periodCell>
    indicator?: ReturnType<typeof indicatorCell>
  } = {}

  function rowContext(cells: readonly string[], row: number, isTotal: boolean) {
    let region: string | undefined = mapping.region
    if (regionCol !== undefined) {
      let info = regionCell(cells[regionCol] ?? '')
      if (!info.label && carry.region) info = carry.region
      carry.region = info
      if (info.region) region = info.region
      else if (isTotal) region = undefined
      else {
        region = undefined
        const u = unknownRegions.get(info.key)
        if (u) u.count++
        else unknownRegions.set(info.key, { name: info.label, row, column: regionCol + 1, count: 1 })
        report('error', 'unknownRegion', row, regionCol + 1, { value: info.label })
      }
    }
    let periodText: string | undefined
    if (periodCol !== undefined) {
      let info = periodCell(cells[periodCol] ?? '')
      if (!info.text && carry.period) info = carry.period
      carry.period = info
      periodText = info.key
      if (!periodText) report('error', 'badPeriod', row, periodCol + 1, { value: info.text })
    }
    let indicatorFromRow: Indicator | undefined
    let indicatorRowUnit: string | undefined
    if (indicatorCol !== undefined) {
      let info = indicatorCell(cells[indicatorCol] ?? '')
      if (!info.text && carry.indicator) info = carry.indicator
      carry.indicator = info
      const h = info.header
      indicatorFromRow = info.indicator
      indicatorRowUnit = h.unit || undefined
      if (!indicatorFromRow) {
        const u = unknownIndicators.get(h.name)
        if (u) u.count++
        else
          unknownIndicators.set(h.name, {
            name: h.name,
            row,
            column: indicatorCol + 1,
            unit: h.unit || undefined,
            count: 1,
          })
        report('error', 'unknownIndicator', row, indicatorCol + 1, { value: info.text })
      }
    }
    const statusText = cell(cells, statusCol)
    const status = statusText ? STATUS_WORDS[statusText.toLowerCase()] : mapping.status
    if (!status) report('error', 'badStatus', row, (statusCol ?? 0) + 1, { value: statusText, allowed: STATUS_CHOICES })
    return {
      region,
      periodText,
      indicatorFromRow,
      indicatorRowUnit,
      rowUnit: cell(cells, unitCol) || undefined,
      status,
      source: text(cells, sourceCol) || mapping.source,
      note: text(cells, noteCol),
      badRow: indicatorCol !== undefined && !indicatorFromRow,
    }
  }

  function processRow(cells: readonly string[], row: number, regionOverride?: string) {
    const label = regionCol === undefined ? undefined : regionCell(cells[regionCol] ?? '')
    const isTotal = label?.isTotal ?? false
    if (isTotal && !regionOverride && !label?.totalOf) {
      pendingTotals.push({ cells, row })
      return
    }
    const ctx = rowContext(cells, row, isTotal)
    const region = regionOverride ?? ctx.region
    if (!region || !ctx.status || ctx.badRow || (periodCol !== undefined && !ctx.periodText)) return
    if (!isTotal) regionsSeen.add(region)
    for (const m of measures) {
      const raw = cells[m.index] ?? ''
      const v = parseCellValue(raw)
      if (v.kind === 'blank') continue
      const column = m.index + 1
      if (v.kind === 'invalid') {
        report('error', 'badValue', row, column, { value: raw.trim() })
        continue
      }
      const indicator = ctx.indicatorFromRow ?? (m.indicator ? catalogue.indicator(m.indicator) : undefined)
      if (!indicator) {
        if (indicatorCol === undefined) {
          const name = parseHeader(m.header).name
          const u = unknownIndicators.get(name)
          if (u) u.count++
          else
            unknownIndicators.set(name, {
              name,
              row: headerRowNumber,
              column,
              unit: parseHeader(m.header).unit || undefined,
              count: 1,
            })
          reportColumnOnce(`indicator:${m.index}`, 'unknownIndicator', m.index, { value: m.header })
        }
        continue
      }
      const givenUnit = ctx.rowUnit ?? ctx.indicatorRowUnit ?? m.unit
      let scale = v.percent ? (indicator.unit === '%' ? 1 : null) : unitScale(givenUnit, indicator.unit)
      if (v.percent && givenUnit === '%') scale = 1
      if (scale === null) {
        if (ctx.rowUnit !== undefined)
          report('error', 'unitMismatch', row, (unitCol ?? m.index) + 1, {
            value: givenUnit ?? '%',
            expected: indicator.unit,
          })
        else
          reportColumnOnce(`unit:${m.index}:${indicator.id}`, 'unitMismatch', m.index, {
            value: givenUnit ?? '%',
            expected: indicator.unit,
          })
        continue
      }
      const periodText = ctx.periodText ?? m.period ?? mapping.tablePeriod
      const periodKey = periodText === undefined ? null : periodKeyFor[indicator.kind](periodText)
      if (periodKey === null) {
        reportColumnOnce('period', 'missingPeriod', m.index, { column: m.header })
        continue
      }
      const value = scale === 1 ? v.value : Number((v.value * scale).toPrecision(15))
      if (value < 0 && indicator.kind !== 'ratio') {
        report('error', 'negativeCount', row, column, { value: raw.trim() })
        continue
      }
      const codes = builder.codes(region, periodKey, indicator.id, ctx.status)
      const earlier = figures.get(codes)
      if (earlier !== undefined) {
        const other = builder.valueAt(earlier)
        if (other !== value)
          report('error', 'duplicateConflict', row, column, {
            value: raw.trim(),
            other,
            otherRow: builder.rowAt(earlier),
          })
        continue
      }
      figures.set(codes, builder.length)
      if (regionCol !== undefined && indicator.kind !== 'ratio') {
        if (isTotal) totals.push({ figure: builder.length, row, column: m.index })
        measureOf.push(m.index)
      } else measureOf.push(-1)
      builder.pushCodes(
        codes,
        value,
        builder.code('unit', indicator.unit),
        builder.code('source', ctx.source),
        builder.code('note', ctx.note),
        row,
      )
    }
  }

  function checkTotals(c: ObservationColumns) {
    const sumKey = (i: number) => `${measureOf[i]}|${c.period[i]}|${c.indicator[i]}|${c.status[i]}`
    const isTotal = new Set(totals.map((t) => t.figure))
    const sums = new Map<string, number>()
    for (let i = 0; i < c.length; i++) {
      if (measureOf[i] === -1 || isTotal.has(i)) continue
      const key = sumKey(i)
      sums.set(key, (sums.get(key) ?? 0) + (c.value[i] ?? 0))
    }
    for (const t of totals) {
      const sum = sums.get(sumKey(t.figure))
      const total = c.value[t.figure] ?? 0
      if (sum === undefined) continue
      const tolerance = Math.max(0.5, Math.abs(total) * 1e-6)
      if (Math.abs(sum - total) > tolerance) {
        report('error', 'totalMismatch', t.row, t.column + 1, { total, sum: Number(sum.toPrecision(12)) })
      }
    }
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
          report('warning', 'totalWithoutParent', t.row, (regionCol ?? 0) + 1, {
            value: cleanCell(t.cells[regionCol ?? 0] ?? ''),
          })
      }
      const columns = builder.build()
      if (totals.length > 0) checkTotals(columns)
      return {
        mapping,
        columns,
        problems,
        problemCounts: counts,
        errorCount,
        warningCount,
        unknownIndicators: [...unknownIndicators.values()],
        unknownRegions: [...unknownRegions.values()],
        dataRows,
        rowsWithErrors: [...errorRows].sort((a, b) => a - b),
      }
    },
  }
}
