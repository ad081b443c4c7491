import type { Catalogue } from './catalogue'
import { comparePeriods, formatPeriod, parsePeriod, type Period } from './period'
import { periodForKind } from './periodKind'
import { restoreCell } from './csv/formulaCell'
import { hiddenCharacter } from './hiddenText'
import type { Problem } from './problem'
import { isRefusedLink } from './sourceLink'
import { memo } from './import/memo'
import { rowBeyondLimits } from './import/limits'

/** Published, estimated, or aimed at; in this order wherever figures of one period are listed. */
export const STATUSES = ['actual', 'estimate', 'target'] as const
export type Status = (typeof STATUSES)[number]
/** The statuses a file may write, as a message lists them. */
export const STATUS_CHOICES = STATUSES.join(' / ')

/** One published figure. */
export interface Observation {
  readonly region: string
  readonly period: Period
  /** The canonical period text, e.g. "2023-01..08". */
  readonly periodKey: string
  readonly indicator: string
  readonly value: number
  readonly unit: string
  readonly status: Status
  readonly source: string
  readonly note: string
}

export const LONG_COLUMNS = ['region', 'period', 'indicator', 'value', 'unit', 'status', 'source', 'note'] as const
const REQUIRED = ['region', 'period', 'indicator', 'value'] as const
// Plain decimals only: "0x10", "1e3" or "Infinity" in a statistics table are typing errors, not numbers.
const DECIMAL = /^-?\d+(\.\d+)?$/
// Files cite a few sources many times over (the server reads a publish one row at a time).
const refusedLink = memo(isRefusedLink)
// The cells that name something: a name nobody can read as it is stored is refused (hiddenText.ts).
const NAME_CELLS = ['region', 'indicator', 'unit'] as const
const hiddenIn = memo(hiddenCharacter)

export interface ParsedTable {
  readonly observations: Observation[]
  readonly problems: Problem[]
}

/** Identity of a figure: two rows with the same key describe the same number. */
export function observationKey(o: Pick<Observation, 'region' | 'periodKey' | 'indicator' | 'status'>): string {
  return `${o.region}\u0000${o.periodKey}\u0000${o.indicator}\u0000${o.status}`
}

type LongColumn = (typeof LONG_COLUMNS)[number]

/** A data row of a long table: its cells, its 1-based row, where each column is (-1: absent). */
interface LongRow {
  readonly cells: readonly string[]
  readonly row: number
  readonly col: Readonly<Record<LongColumn, number>>
  readonly file: string | undefined
  /** A cell's text as typed, from the text the file holds. */
  readonly read: (text: string) => string
}

const cellOf = (r: LongRow, name: LongColumn) => (r.col[name] >= 0 ? r.read((r.cells[r.col[name]] ?? '').trim()) : '')
const placeOf = (r: LongRow, name: LongColumn) => ({ file: r.file, row: r.row, column: r.col[name] + 1 })

/** Reports each name of the row holding a character nobody sees; true when there is one. */
function reportHidden(r: LongRow, problems: Problem[]): boolean {
  let hidden = false
  for (const name of NAME_CELLS) {
    const h = hiddenIn(cellOf(r, name))
    if (!h) continue
    hidden = true
    problems.push({
      severity: 'error',
      code: 'hiddenCharacter',
      ...placeOf(r, name),
      params: { value: h.shown, char: h.char },
    })
  }
  return hidden
}

/** A row's figure, after reporting every problem of its cells; none when one of them keeps it out. */
function readLongRow(r: LongRow, catalogue: Catalogue, problems: Problem[]): Observation | undefined {
  const cell = (name: LongColumn) => cellOf(r, name)
  const at = (name: LongColumn) => placeOf(r, name)
  if (reportHidden(r, problems)) return undefined
  const region = catalogue.findRegion(cell('region'))
  if (!region) {
    problems.push({ severity: 'error', code: 'unknownRegion', ...at('region'), params: { value: cell('region') } })
  }
  const period = parsePeriod(cell('period'))
  if (!period)
    problems.push({ severity: 'error', code: 'badPeriod', ...at('period'), params: { value: cell('period') } })
  const indicator = catalogue.findIndicator(cell('indicator'))
  if (!indicator) {
    problems.push({
      severity: 'error',
      code: 'unknownIndicator',
      ...at('indicator'),
      params: { value: cell('indicator') },
    })
  }
  const valueText = cell('value')
  const value = DECIMAL.test(valueText) ? Number(valueText) : Number.NaN
  if (!Number.isFinite(value)) {
    problems.push({ severity: 'error', code: 'badValue', ...at('value'), params: { value: valueText } })
  } else if (value < 0 && indicator && indicator.kind !== 'ratio') {
    problems.push({ severity: 'error', code: 'negativeCount', ...at('value'), params: { value: valueText } })
  }
  const statusText = cell('status') || 'actual'
  const status = STATUSES.find((s) => s === statusText)
  if (!status)
    problems.push({
      severity: 'error',
      code: 'badStatus',
      ...at('status'),
      params: { value: statusText, allowed: STATUS_CHOICES },
    })
  const unit = cell('unit') || indicator?.unit || ''
  if (indicator && unit !== indicator.unit) {
    problems.push({
      severity: 'error',
      code: 'unitMismatch',
      ...at('unit'),
      params: { value: unit, expected: indicator.unit },
    })
  }
  if (refusedLink(cell('source')))
    problems.push({ severity: 'warning', code: 'sourceNotLink', ...at('source'), params: { value: cell('source') } })
  if (!region || !period || !indicator || !status || !Number.isFinite(value) || unit !== indicator.unit)
    return undefined
  if (value < 0 && indicator.kind !== 'ratio') return undefined
  const canonical = periodForKind(period, indicator.kind)
  return {
    region: region.name,
    period: canonical,
    periodKey: formatPeriod(canonical),
    indicator: indicator.id,
    value,
    unit,
    status,
    source: cell('source'),
    note: cell('note'),
  }
}

/**
 * Reads rows of the canonical long format (first row = header) into observations, naming every
 * problem by its row and column. Region and indicator names may be any catalogue alias. Cells are
 * read as the published files hold them, neutralised against spreadsheet formulas (formulaCell.ts);
 * `plain` reads them as typed (a publish's body, which the app sends unneutralised).
 */
export function parseLongTable(
  rows: readonly (readonly string[])[],
  catalogue: Catalogue,
  file?: string,
  { plain = false }: { readonly plain?: boolean } = {},
): ParsedTable {
  const read = plain ? (text: string) => text : restoreCell
  const problems: Problem[] = []
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase())
  const col = Object.fromEntries(LONG_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<LongColumn, number>
  const missing = REQUIRED.filter((c) => col[c] < 0)
  if (missing.length > 0) {
    return {
      observations: [],
      problems: [{ severity: 'error', code: 'missingColumn', file, row: 1, params: { columns: missing.join(', ') } }],
    }
  }
  const observations: Observation[] = []
  const seen = new Map<string, { value: number; row: number }>()
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r] ?? []
    // The importer's own limits: a figure's row holds no 3,000,000-character cell, whoever sends it.
    const beyond = rowBeyondLimits(cells, r + 1)
    if (beyond) {
      const { limit, row, column, size, max } = beyond
      const code = limit === 'columns' ? 'tooManyColumns' : 'cellTooLong'
      problems.push({ severity: 'error', code, file, row, column, params: { size, max } })
      continue
    }
    if (r === 0) continue
    if (cells.every((c) => c.trim() === '')) continue
    const line: LongRow = { cells, row: r + 1, col, file, read }
    const o = readLongRow(line, catalogue, problems)
    if (!o) continue
    const key = observationKey(o)
    const earlier = seen.get(key)
    if (earlier) {
      if (earlier.value !== o.value) {
        problems.push({
          severity: 'error',
          code: 'duplicateConflict',
          ...placeOf(line, 'value'),
          params: { value: cellOf(line, 'value'), other: earlier.value, otherRow: earlier.row },
        })
      }
      continue
    }
    seen.set(key, { value: o.value, row: line.row })
    observations.push(o)
  }
  return { observations, problems }
}

export function byPeriod(a: Observation, b: Observation): number {
  return comparePeriods(a.period, b.period)
}
