import type { Catalogue, Indicator } from '../catalogue'
import { STATUS_CHOICES, STATUSES, type Status } from '../observation'
import { hiddenCharacter, type HiddenCharacter } from '../hiddenText'
import { formatPeriod } from '../period'
import { isRefusedLink } from '../sourceLink'
import { parseHeader, resolveHeaderIndicator } from './header/header'
import { labelPeriod } from './header/headerPeriod'
import type { Mapping, RoleColumns } from './mapping'
import { memo } from './memo'
import { parsePeriodText } from './header/periodText'
import type { ProblemLog } from './problemLog'
import { cleanCell, squeeze } from './text'
import { TOTAL_LABELS } from './header/totalLabels'
import type { UnknownNames } from './unknownNames'

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

/** What a row's label cells say its figures are, before its figure cells are read. */
export interface RowContext {
  readonly region: string | undefined
  /** The row's period as canonical text, when a column names it. */
  readonly periodText: string | undefined
  readonly indicatorFromRow: Indicator | undefined
  /** The unit an indicator cell names in brackets ("专利授权量（件）"). */
  readonly indicatorRowUnit: string | undefined
  /** The period an indicator cell names ("当年授权量", "当月授权量(8月)"), as canonical text. */
  readonly indicatorRowPeriod: string | undefined
  /** The unit a unit column names. */
  readonly rowUnit: string | undefined
  readonly status: Status | undefined
  readonly source: string
  readonly note: string
  /** The row names an indicator the catalogue lacks: none of its cells is a figure. */
  readonly badRow: boolean
}

export interface RegionLabel {
  readonly label: string
  /** The label as names are matched: inner spaces squeezed out ("全 省" → "全省"). */
  readonly key: string
  readonly region: string | undefined
  /** A total row (合计, 全省 …). */
  readonly isTotal: boolean
  /** A total row labelled with a real region's name (全省 is not one) is that region's row. */
  readonly totalOf: string | undefined
  /** A character nobody sees in the label as written: it names no region, and none is offered. */
  readonly hidden: HiddenCharacter | null
}

export interface UnknownRegistry {
  readonly indicators: UnknownNames
  readonly regions: UnknownNames
}

const hiddenParams = (h: HiddenCharacter) => ({ value: h.shown, char: h.char })

/**
 * Reads the label cells of a row (region, period, indicator, unit, status, source, note) following a
 * mapping, reporting every label the catalogue cannot place at the row that has it.
 */
export function createRowResolver(
  mapping: Mapping,
  catalogue: Catalogue,
  columns: RoleColumns,
  log: ProblemLog,
  unknown: UnknownRegistry,
) {
  const { region: regionCol, period: periodCol, indicator: indicatorCol } = columns
  const { unit: unitCol, status: statusCol, source: sourceCol, note: noteCol } = columns

  // Problems are still reported at every row that has them; only the reading is remembered.
  const clean = memo(cleanCell)
  const refusedLink = memo(isRefusedLink)
  // Checked as written: cleaning would turn some of them (U+FEFF) into spaces, others it keeps.
  const regionCell = memo((raw: string): RegionLabel => {
    const label = cleanCell(raw)
    const key = squeeze(label)
    const hidden = hiddenCharacter(raw.trim())
    const isTotal = !hidden && TOTAL_LABELS.has(key.toLowerCase())
    return {
      label,
      key,
      region: hidden ? undefined : catalogue.findRegion(key)?.name,
      isTotal,
      totalOf: isTotal ? catalogue.findRegion(key.toLowerCase())?.name : undefined,
      hidden,
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
    const hidden = hiddenCharacter(raw.trim())
    const indicator = hidden ? undefined : resolveHeaderIndicator(catalogue, header.name, mapping.tableIndicator)
    return { text, header, indicator, period: labelPeriod(header, indicator, mapping.tablePeriod), hidden }
  })
  const cell = (cells: readonly string[], i: number | undefined) => (i === undefined ? '' : clean(cells[i] ?? ''))
  // Free text keeps its own characters (full-width commas, brackets): only the ends are trimmed.
  const text = (cells: readonly string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim())

  // Vertically merged cells leave blanks below the first: a blank label repeats the one above.
  const carry: {
    region?: RegionLabel
    period?: ReturnType<typeof periodCell>
    indicator?: ReturnType<typeof indicatorCell>
  } = {}

  return {
    /** The row's region label, read as written (no carrying down), when the mapping has a region column. */
    regionLabel(cells: readonly string[]): RegionLabel | undefined {
      return regionCol === undefined ? undefined : regionCell(cells[regionCol] ?? '')
    },

    /** Reads the row's labels; `row` is its Excel row number. */
    resolve(cells: readonly string[], row: number, isTotal: boolean): RowContext {
      let region: string | undefined = mapping.region
      if (regionCol !== undefined) {
        let info = regionCell(cells[regionCol] ?? '')
        if (!info.label && carry.region) info = carry.region
        carry.region = info
        if (info.region) region = info.region
        else if (isTotal) region = undefined
        else if (info.hidden) {
          region = undefined
          log.report('error', 'hiddenCharacter', row, regionCol + 1, hiddenParams(info.hidden))
        } else {
          region = undefined
          unknown.regions.add(info.key, info.label, row, regionCol + 1)
          log.report('error', 'unknownRegion', row, regionCol + 1, { value: info.label })
        }
      }
      let periodText: string | undefined
      if (periodCol !== undefined) {
        let info = periodCell(cells[periodCol] ?? '')
        if (!info.text && carry.period) info = carry.period
        carry.period = info
        periodText = info.key
        if (!periodText) log.report('error', 'badPeriod', row, periodCol + 1, { value: info.text })
      }
      let indicatorFromRow: Indicator | undefined
      let indicatorRowUnit: string | undefined
      let indicatorRowPeriod: string | undefined
      if (indicatorCol !== undefined) {
        let info = indicatorCell(cells[indicatorCol] ?? '')
        if (!info.text && carry.indicator) info = carry.indicator
        carry.indicator = info
        const h = info.header
        indicatorFromRow = info.indicator
        indicatorRowUnit = h.unit || undefined
        indicatorRowPeriod = info.period
        if (info.hidden) log.report('error', 'hiddenCharacter', row, indicatorCol + 1, hiddenParams(info.hidden))
        else if (!indicatorFromRow) {
          unknown.indicators.add(h.name, h.name, row, indicatorCol + 1, h.unit || undefined)
          log.report('error', 'unknownIndicator', row, indicatorCol + 1, { value: info.text })
        }
      }
      const statusText = cell(cells, statusCol)
      const status = statusText ? STATUS_WORDS[statusText.toLowerCase()] : mapping.status
      if (!status)
        log.report('error', 'badStatus', row, (statusCol ?? 0) + 1, { value: statusText, allowed: STATUS_CHOICES })
      const source = text(cells, sourceCol)
      if (source && refusedLink(source))
        log.report('warning', 'sourceNotLink', row, (sourceCol ?? 0) + 1, { value: source })
      return {
        region,
        periodText,
        indicatorFromRow,
        indicatorRowUnit,
        indicatorRowPeriod,
        rowUnit: cell(cells, unitCol) || undefined,
        status,
        source: source || mapping.source,
        note: text(cells, noteCol),
        badRow: indicatorCol !== undefined && !indicatorFromRow,
      }
    },
  }
}
