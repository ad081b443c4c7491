import type { ImportContext } from '../context'
import type { Mapping } from '../mapping'
import { findPeriodHint, type PeriodHint } from './periodText'

const pad = (n: number) => String(n).padStart(2, '0')

/** What a table's title lines and file name say about it. */
export interface TableTitle {
  readonly tableIndicator: string | undefined
  readonly tablePeriod: string | undefined
  readonly tablePeriodFrom: Mapping['tablePeriodFrom']
  /** A region the title or file name names, else the home region. */
  readonly region: string
  readonly regionFrom: Mapping['regionFrom']
  /** The year named, for headers that name only months ("当年授权量(1-8月)"). */
  readonly year: number | undefined
}

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

/** The table's indicator, period and region, from its title lines, else from the file's name. */
export function readTableTitle(titles: readonly string[], ctx: ImportContext): TableTitle {
  const { catalogue } = ctx
  const titleText = titles.join(' ')
  const fileText = fileWords(ctx.fileName)
  const titleHint = findPeriodHint(titleText)
  const fileHint = findPeriodHint(ctx.fileName)
  let tablePeriod = periodFromHint(titleHint)
  let tablePeriodFrom: Mapping['tablePeriodFrom'] = tablePeriod ? 'title' : undefined
  if (!tablePeriod) {
    tablePeriod = periodFromHint(fileHint)
    if (tablePeriod) tablePeriodFrom = 'fileName'
  }
  const namedRegion = catalogue.regionsNamedIn(titleText)[0] ?? catalogue.regionsNamedIn(fileText)[0]
  return {
    tableIndicator: (catalogue.indicatorNamedIn(titleText) ?? catalogue.indicatorNamedIn(fileText))?.id,
    tablePeriod,
    tablePeriodFrom,
    region: namedRegion?.name ?? ctx.homeRegion,
    regionFrom: namedRegion ? 'file' : 'default',
    year: titleHint.year ?? fileHint.year,
  }
}
