import { describe, expect, it } from 'vitest'
import { columnsOf } from '@/domain/columns'
import { ProblemLog } from '@/domain/import/problemLog'
import { TotalsCheck } from '@/domain/import/totalsCheck'
import { obs } from '../../../support/obsFixture'

/** Figures of a regions-as-rows table, in the order read, each from its measure column (-1: not summed). */
function check(figures: [string, string, number, number][], totalAt: number) {
  const columns = columnsOf(figures.map(([region, periodKey, value]) => obs(periodKey, value, { region })))
  const totals = new TotalsCheck()
  figures.forEach(([, , , measure], i) => {
    if (i === totalAt) totals.addTotal(i, i + 2, measure)
    totals.add(measure)
  })
  const log = new ProblemLog(1)
  totals.check(columns, log)
  return log.problems
}

describe('TotalsCheck', () => {
  it('accepts a total its parts add up to, period by period', () => {
    const figures: [string, string, number, number][] = [
      ['长沙市', '2022', 100, 1],
      ['株洲市', '2022', 50, 1],
      ['长沙市', '2023', 120, 1],
      ['湖南省', '2022', 150, 1],
    ]
    expect(check(figures, 3)).toEqual([])
  })

  it('names the total row and column when its parts do not add up', () => {
    const figures: [string, string, number, number][] = [
      ['长沙市', '2022', 100, 1],
      ['株洲市', '2022', 50, 1],
      ['湘潭市', '2022', 7, -1],
      ['湖南省', '2022', 151, 1],
    ]
    expect(check(figures, 3)).toEqual([
      { severity: 'error', code: 'totalMismatch', row: 5, column: 2, params: { total: 151, sum: 150 } },
    ])
  })
})
