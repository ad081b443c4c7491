import { rankBy } from '../province/rank'
import type { ColumnMapping } from './mapping'
import type { ProblemLog } from './problemLog'
import { parseCellValue } from './value'

interface RankedCell {
  readonly row: number
  readonly given: number
  readonly value: number
}

/**
 * A table's rank columns (排名, 位次), checked once every row is in: each printed rank against the
 * rank its row's figure has among the rows ranked with it (highest first, ties sharing a rank).
 * A rank is never a figure: it is only read here.
 */
export class RankCheck {
  private readonly columns: readonly (ColumnMapping & { readonly ranks: number })[]
  private readonly groups = new Map<string, RankedCell[]>()
  private readonly header: ReadonlyMap<number, string>

  constructor(columns: readonly ColumnMapping[], all: readonly ColumnMapping[]) {
    this.columns = columns.filter((c): c is ColumnMapping & { ranks: number } => c.ranks !== undefined)
    this.header = new Map(all.map((c) => [c.index, c.header]))
  }

  /** Whether the table has a rank to check: a long file of a million rows has none, and pays nothing. */
  get active(): boolean {
    return this.columns.length > 0
  }

  /** A data row's ranks; `group` keeps apart rows ranked separately (other periods or indicators). */
  add(cells: readonly string[], row: number, group: string) {
    for (const c of this.columns) {
      const given = parseCellValue(cells[c.index] ?? '')
      const value = parseCellValue(cells[c.ranks] ?? '')
      if (given.kind !== 'number' || value.kind !== 'number') continue
      const key = `${c.index}|${group}`
      let cellsOf = this.groups.get(key)
      if (!cellsOf) this.groups.set(key, (cellsOf = []))
      cellsOf.push({ row, given: given.value, value: value.value })
    }
  }

  check(log: ProblemLog) {
    for (const [key, cells] of this.groups) {
      const index = Number(key.slice(0, key.indexOf('|')))
      const ranks = this.columns.find((c) => c.index === index)?.ranks ?? index
      for (const { item, rank } of rankBy(cells, (c) => c.value)) {
        if (item.given !== rank)
          log.report('warning', 'rankMismatch', item.row, index + 1, {
            value: item.given,
            expected: rank,
            column: this.header.get(ranks) ?? '',
          })
      }
    }
  }
}
