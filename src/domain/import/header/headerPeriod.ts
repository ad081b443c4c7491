import type { Indicator } from '../../catalogue'
import { parsePeriod } from '../../period'
import type { HeaderCell } from './header'
import { monthsNamed } from './periodText'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The period a label names itself: printed with its name ("2023年专利授权量", "截至2025年7月有效发明专利量");
 * else, for a flow in a table of one year or month, months in brackets ("当年授权量(1-8月)") or words:
 * 当年授权量 counts from January to the table's month, 当月授权量 that month alone. Undefined when it
 * names none (the table's period applies). A flow "as of" a month (截至…) is no period of the grammar:
 * its words are returned as they are, so its figures are refused where the label stands.
 */
export function labelPeriod(
  h: HeaderCell,
  indicator: Indicator | undefined,
  tablePeriod: string | undefined,
  year = tablePeriod === undefined ? undefined : parsePeriod(tablePeriod)?.year,
): string | undefined {
  if (h.period) return h.period.asOf && indicator?.kind === 'flow' ? h.period.words : h.period.key
  const y = h.hint.year ?? year
  if (h.hint.from !== undefined && h.hint.to !== undefined && y !== undefined)
    return `${y}-${pad(h.hint.from)}..${pad(h.hint.to)}`
  const words = indicator?.kind === 'flow' ? monthsNamed(h.name) : undefined
  const p = words && tablePeriod !== undefined ? parsePeriod(tablePeriod) : null
  if (!p || p.type === 'year') return undefined
  const month = p.type === 'month' ? p.month : p.to
  return words === 'yearToDate' ? `${p.year}-01..${pad(month)}` : `${p.year}-${pad(month)}`
}
