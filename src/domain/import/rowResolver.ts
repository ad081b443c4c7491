import type { Catalogue, Indicator } from '../catalogue'
import { STATUS_CHOICES, STATUSES, type Status } from '../observation'
import { hiddenCharacter, type HiddenCharacter } from '../hiddenText'
import { formatPeriod } from '../period'
import { isRefusedLink } from '../sourceLink'
import { namesGrowth, parseHeader, resolveHeaderIndicator } from './header/header'
import { labelPeriod } from './header/headerPeriod'
import type { Mapping, RoleColumns } from './mapping'
import { memo } from './memo'
import { parsePeriodText } from './header/periodText'
import type { ProblemLog } from './problemLog'
import { cleanCell, squeeze } from './text'
import { isTotalLabel } from './header/totalLabels'
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

/** Vertically merged cells leave blanks below the first: a blank label repeats the one above. */
function carriedDown<T>(read: (raw: string) => T, isBlank: (info: T) => boolean): (raw: string) => T {
  let above: T | undefined
  return (raw) => {
    const info = read(raw)
    above = isBlank(info) && above !== undefined ? above : info
    return above
  }
}

/** The readings of a file's label cells, each distinct text read once. */
function labelReaders(mapping: Mapping, catalogue: Catalogue) {
  // Problems are still reported at every row that has them; only the reading is remembered.
  // Checked as written: cleaning would turn some of them (U+FEFF) into spaces, others it keeps.
  const regionCell = memo((raw: string): RegionLabel => {
    const label = cleanCell(raw)
    const key = squeeze(label)
    const hidden = hiddenCharacter(raw.trim())
    const isTotal = !hidden && isTotalLabel(key)
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
  return {
    clean: memo(cleanCell),
    refusedLink: memo(isRefusedLink),
    regionCell,
    region: carriedDown(regionCell, (info) => !info.label),
    period: carriedDown(periodCell, (info) => !info.text),
    indicator: carriedDown(indicatorCell, (info) => !info.text),
  }
}

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
  const read = labelReaders(mapping, catalogue)
  const cell = (cells: readonly string[], i: number | undefined) => (i === undefined ? '' : read.clean(cells[i] ?? ''))
  // Free text keeps its own characters (full-width commas, brackets): only the ends are trimmed.
  const text = (cells: readonly string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim())

  function regionOf(cells: readonly string[], row: number, isTotal: boolean, col: number): string | undefined {
    const info = read.region(cells[col] ?? '')
    if (info.region || isTotal) return info.region
    if (info.hidden) {
      log.report('error', 'hiddenCharacter', row, col + 1, hiddenParams(info.hidden))
      return undefined
    }
    unknown.regions.add(info.key, info.label, row, col + 1)
    log.report('error', 'unknownRegion', row, col + 1, { value: info.label })
    return undefined
  }

  function indicatorOf(cells: readonly string[], row: number, col: number) {
    const info = read.indicator(cells[col] ?? '')
    const h = info.header
    if (info.hidden) log.report('error', 'hiddenCharacter', row, col + 1, hiddenParams(info.hidden))
    // A growth rate is said and left out: the dashboard computes growth from the figures themselves.
    else if (!info.indicator && namesGrowth(h.name))
      log.report('warning', 'growthRate', row, col + 1, { value: info.text })
    else if (!info.indicator) {
      unknown.indicators.add(h.name, h.name, row, col + 1, h.unit || undefined)
      log.report('error', 'unknownIndicator', row, col + 1, { value: info.text })
    }
    return { indicator: info.indicator, unit: h.unit || undefined, period: info.period }
  }

  return {
    /** The row's region label, read as written (no carrying down), when the mapping has a region column. */
    regionLabel(cells: readonly string[]): RegionLabel | undefined {
      return regionCol === undefined ? undefined : read.regionCell(cells[regionCol] ?? '')
    },

    /** Reads the row's labels; `row` is its Excel row number. */
    resolve(cells: readonly string[], row: number, isTotal: boolean): RowContext {
      const region = regionCol === undefined ? mapping.region : regionOf(cells, row, isTotal, regionCol)
      let periodText: string | undefined
      if (periodCol !== undefined) {
        const info = read.period(cells[periodCol] ?? '')
        periodText = info.key
        if (!periodText) log.report('error', 'badPeriod', row, periodCol + 1, { value: info.text })
      }
      const named = indicatorCol === undefined ? undefined : indicatorOf(cells, row, indicatorCol)
      const statusText = cell(cells, statusCol)
      const status = statusText ? STATUS_WORDS[statusText.toLowerCase()] : mapping.status
      if (!status)
        log.report('error', 'badStatus', row, (statusCol ?? 0) + 1, { value: statusText, allowed: STATUS_CHOICES })
      const source = text(cells, sourceCol)
      if (source && read.refusedLink(source))
        log.report('warning', 'sourceNotLink', row, (sourceCol ?? 0) + 1, { value: source })
      return {
        region,
        periodText,
        indicatorFromRow: named?.indicator,
        indicatorRowUnit: named?.unit,
        indicatorRowPeriod: named?.period,
        rowUnit: cell(cells, unitCol) || undefined,
        status,
        source: source || mapping.source,
        note: text(cells, noteCol),
        badRow: named !== undefined && !named.indicator,
      }
    },
  }
}
