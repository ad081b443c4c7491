import type { Catalogue } from '../catalogue'
import { formatPeriod } from '../period'
import type { ColumnMapping, Mapping, Shape } from './mapping'
import { parseHeader, roleNamed } from './header'
import { findPeriodHint, parsePeriodText, type PeriodHint } from './periodText'
import { cleanCell, squeeze } from './text'
import { parseCellValue } from './value'

export interface ImportContext {
  readonly catalogue: Catalogue
  readonly homeRegion: string
  readonly fileName: string
}

/** Labels of a table's total row. */
export const TOTAL_LABELS = new Set(['合计', '总计', '全省', '全市', '全县', '全区', '总数', '小计', 'total', 'sum'])

const nonEmpty = (row: readonly string[]) => row.filter((c) => c !== '').length
const pad = (n: number) => String(n).padStart(2, '0')

/** "2023年8月…" → "2023-08", "…2022年…" → "2022". */
function periodFromHint(h: PeriodHint): string | undefined {
  if (h.year === undefined) return undefined
  // "2023年1-8月…": the months the table covers, not just the last one.
  if (h.from !== undefined && h.to !== undefined && h.from !== h.to) return `${h.year}-${pad(h.from)}..${pad(h.to)}`
  if (h.month !== undefined) return `${h.year}-${pad(h.month)}`
  return String(h.year)
}

/** Words of a file name, so "hunan-valid-invention-patents-2025-07.csv" can name an indicator. */
function fileWords(fileName: string): string {
  return fileName.replace(/\.[a-z0-9]+$/i, '').replace(/[-_.]+/g, ' ')
}

/**
 * The indicator a header names: the whole header ("职务-大专院校"), else its sub-header under a
 * merged group ("分类-发明" → 发明).
 */
export function resolveHeaderIndicator(catalogue: Catalogue, name: string, family?: string) {
  const whole = catalogue.resolveIndicator(name, family)
  if (whole) return whole
  const sub = name.split('-').at(-1)
  return sub && sub !== name ? catalogue.resolveIndicator(sub, family) : undefined
}

/** Joins a group header row above its sub-header row, as merged cells in Excel make them. */
function joinHeaders(group: readonly string[], sub: readonly string[]): string[] {
  const width = Math.max(group.length, sub.length)
  const out: string[] = []
  let lastGroup = ''
  for (let i = 0; i < width; i++) {
    const g = group[i] ?? ''
    const s = sub[i] ?? ''
    if (g) lastGroup = g
    const parent = g || (s ? lastGroup : '')
    out.push(parent && s ? `${parent}-${s}` : parent || s)
  }
  return out
}

/**
 * Reads the first rows of a file and says how its cells become figures: where the header is,
 * what each column holds, and the table's region, period and indicator from its title or name.
 */
export function detectMapping(rawRows: readonly (readonly string[])[], ctx: ImportContext): Mapping {
  const rows = rawRows.map((r) => r.map(cleanCell))
  const { catalogue } = ctx
  let headerRow = rows.findIndex((r) => nonEmpty(r) >= 2)
  const titles = rows.slice(0, Math.max(headerRow, 0)).flatMap((r) => r.filter((c) => c !== ''))
  const titleText = titles.join(' ')
  const fileText = fileWords(ctx.fileName)

  const tableIndicator = (catalogue.indicatorNamedIn(titleText) ?? catalogue.indicatorNamedIn(fileText))?.id
  const titleHint = findPeriodHint(titleText)
  const fileHint = findPeriodHint(ctx.fileName)
  let tablePeriod = periodFromHint(titleHint)
  let tablePeriodFrom: Mapping['tablePeriodFrom'] = tablePeriod ? 'title' : undefined
  if (!tablePeriod) {
    tablePeriod = periodFromHint(fileHint)
    if (tablePeriod) tablePeriodFrom = 'fileName'
  }
  const namedRegion = catalogue.regionsNamedIn(titleText)[0] ?? catalogue.regionsNamedIn(fileText)[0]

  const base = {
    titles,
    region: namedRegion?.name ?? ctx.homeRegion,
    regionFrom: namedRegion ? ('file' as const) : ('default' as const),
    tablePeriod,
    tablePeriodFrom,
    tableIndicator,
    status: 'actual' as const,
    source: ctx.fileName,
  }
  if (headerRow < 0) return { ...base, shape: 'unknown', headerRow: 0, headerRows: 1, columns: [] }

  let headers = [...(rows[headerRow] ?? [])]
  let headerRows = 1
  const next = rows[headerRow + 1]
  if (
    next &&
    next[0] === '' &&
    nonEmpty(next) >= 1 &&
    next.every((c) => c === '' || parseCellValue(c).kind !== 'number')
  ) {
    headers = joinHeaders(headers, next)
    headerRow += 1
    headerRows = 2
  }
  const data = rows.slice(headerRow + 1).filter((r) => nonEmpty(r) > 0)
  const parsed = headers.map(parseHeader)
  const named = parsed.map((h) => roleNamed(h.name))

  // Long (and record) layouts name their columns: 地区, 时期, 指标, 数值 …
  if (named.includes('indicator') && named.includes('value')) {
    const columns: ColumnMapping[] = headers.map((header, index) => {
      const role = named[index]
      return {
        index,
        header,
        role: role === 'value' ? 'measure' : (role ?? 'ignore'),
        unit: parsed[index]?.unit || undefined,
      }
    })
    return { ...base, shape: 'long', headerRow, headerRows, columns }
  }

  const firstColumn = data.map((r) => r[0] ?? '').filter((c) => c !== '')
  const share = (pred: (c: string) => boolean) =>
    firstColumn.length ? firstColumn.filter(pred).length / firstColumn.length : 0
  const isRegion = (c: string) =>
    catalogue.findRegion(squeeze(c)) !== undefined || TOTAL_LABELS.has(squeeze(c).toLowerCase())
  const isPeriod = (c: string) => parsePeriodText(c) !== null
  const isIndicator = (c: string) =>
    resolveHeaderIndicator(catalogue, parseHeader(c).name, tableIndicator) !== undefined
  const headerPeriods = headers.slice(1).filter((h) => h && isPeriod(h)).length
  const headerCells = headers.slice(1).filter((h) => h).length

  let shape: Shape = 'unknown'
  if (named[0] === 'region' || share(isRegion) >= 0.5) shape = 'regionRows'
  else if (named[0] === 'period' || share(isPeriod) >= 0.5) shape = 'periodRows'
  else if (
    named[0] === 'indicator' ||
    share(isIndicator) >= 0.5 ||
    (headerCells > 0 && headerPeriods / headerCells >= 0.5)
  )
    shape = 'indicatorRows'
  if (shape === 'unknown')
    return {
      ...base,
      shape,
      headerRow,
      headerRows,
      columns: headers.map((header, index) => ({ index, header, role: 'ignore' })),
    }

  const year = titleHint.year ?? fileHint.year
  // Without a title naming the table's indicator, its first figure column stands for it: after
  // 有效发明专利, "职务-大专院校" is a part of valid invention patents, not of grants.
  const family =
    tableIndicator ??
    parsed
      .slice(1)
      .map((h) => resolveHeaderIndicator(catalogue, h.name))
      .find((i) => i !== undefined && catalogue.partsOf(i.id).length > 0)?.id
  const firstRole = shape === 'regionRows' ? 'region' : shape === 'periodRows' ? 'period' : 'indicator'
  const columns: ColumnMapping[] = headers.map((header, index) => {
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
    const indicator = resolveHeaderIndicator(catalogue, h.name, family)?.id
    let period: string | undefined
    const hint = h.hint
    const y = hint.year ?? year
    if (hint.from !== undefined && hint.to !== undefined && y !== undefined)
      period = `${y}-${pad(hint.from)}..${pad(hint.to)}`
    return { index, header, role: 'measure', indicator, period, unit }
  })
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
