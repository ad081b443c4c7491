import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ColumnMapping } from '@/domain/import/mapping'
import { ProblemLog } from '@/domain/import/problemLog'
import { RankCheck } from '@/domain/import/rankCheck'

const COLUMNS: ColumnMapping[] = [
  { index: 0, header: '地区', role: 'region' },
  { index: 1, header: '专利密度(件/万人)', role: 'measure' },
  { index: 2, header: '排名', role: 'rank', ranks: 1 },
]

/** Rows of [label, density, rank] checked as one table: the warnings as [row, given, expected]. */
function check(rows: readonly (readonly string[])[]) {
  const ranks = new RankCheck(
    COLUMNS.filter((c) => c.role === 'rank'),
    COLUMNS,
  )
  rows.forEach((cells, i) => ranks.add(cells, i + 3, ''))
  const log = new ProblemLog(2)
  ranks.check(log)
  expect(log.errorCount).toBe(0)
  return log.problems.map((p) => [p.row, p.params?.value, p.params?.expected])
}

describe('RankCheck', () => {
  it.each([
    [
      'ranks that follow the figures',
      [
        ['长沙市', '39.29', '1'],
        ['株洲市', '17.27', '2'],
        ['衡阳市', '2.60', '3'],
      ],
      [],
    ],
    [
      'a rank the figures do not give',
      [
        ['长沙市', '39.29', '1'],
        ['株洲市', '17.27', '3'],
        ['衡阳市', '2.60', '2'],
      ],
      [
        [4, 3, 2],
        [5, 2, 3],
      ],
    ],
    [
      'ties share a rank',
      [
        ['长沙市', '5', '1'],
        ['株洲市', '5', '1'],
        ['衡阳市', '2', '3'],
      ],
      [],
    ],
    [
      'rows without a rank or a figure are not ranked',
      [
        ['长沙市', '5', '1'],
        ['其 他', '-', ''],
        ['全 省', '8.00', ''],
      ],
      [],
    ],
  ])('%s', (_, rows, warnings) => {
    expect(check(rows)).toEqual(warnings)
  })

  it('names the rank’s cell and the column it ranks', () => {
    const ranks = new RankCheck([COLUMNS[2]!], COLUMNS)
    ranks.add(['长沙市', '1', '2'], 3, '')
    const log = new ProblemLog(2)
    ranks.check(log)
    expect(log.problems).toEqual([
      {
        severity: 'warning',
        code: 'rankMismatch',
        row: 3,
        column: 3,
        params: { value: 2, expected: 1, column: '专利密度(件/万人)' },
      },
    ])
  })

  it('agrees with every rank computed from distinct figures, and flags each one changed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (values, pick) => {
          const sorted = [...values].sort((a, b) => b - a)
          const rows = values.map((v) => ['市', String(v / 100), String(sorted.indexOf(v) + 1)])
          expect(check(rows)).toEqual([])
          const wrong = pick % rows.length
          const row = rows[wrong]!
          const given = Number(row[2]) + values.length
          rows[wrong] = [row[0]!, row[1]!, String(given)]
          expect(check(rows)).toEqual([[wrong + 3, given, Number(row[2])]])
        },
      ),
    )
  })
})
