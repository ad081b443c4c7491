import { describe, expect, it } from 'vitest'
import { ProblemLog } from '@/domain/import/problemLog'

// What the log lists in full, as it promises the import's reader: 500 problems, 100 warnings of one code.
const PROBLEM_LIST_LIMIT = 500
const WARNING_LIST_LIMIT = 100

describe('ProblemLog', () => {
  it('counts every problem but lists only the first ones', () => {
    const log = new ProblemLog(1)
    for (let row = 2; row < PROBLEM_LIST_LIMIT + 12; row++) log.report('error', 'badValue', row, 4, { value: 'x' })
    log.report('warning', 'totalWithoutParent', 3, 1)
    expect(log.problems).toHaveLength(PROBLEM_LIST_LIMIT)
    expect(log.counts).toEqual({ badValue: PROBLEM_LIST_LIMIT + 10, totalWithoutParent: 1 })
    expect([log.errorCount, log.warningCount]).toEqual([PROBLEM_LIST_LIMIT + 10, 1])
  })

  it('remembers the data rows with errors, each once and in order, not the header or a warning', () => {
    const log = new ProblemLog(2)
    log.report('error', 'badValue', 5, 4)
    log.report('error', 'unknownRegion', 3, 1)
    log.report('error', 'negativeCount', 5, 3)
    log.report('error', 'unknownIndicator', 2, 3)
    log.report('warning', 'totalWithoutParent', 7, 1)
    expect(log.rowsWithErrors()).toEqual([3, 5])
  })

  it('keeps a row with several errors once when the rows come in order, as a file is read', () => {
    const log = new ProblemLog(1)
    for (const row of [2, 2, 4, 4, 4, 9]) log.report('error', 'badValue', row, 2)
    expect(log.rowsWithErrors()).toEqual([2, 4, 9])
  })

  it('reports a header cell once per key, at the header row and its Excel column', () => {
    const log = new ProblemLog(3)
    log.reportColumnOnce('unit:2', 'unitMismatch', 2, { value: '万人', expected: '件' })
    log.reportColumnOnce('unit:2', 'unitMismatch', 2, { value: '万人', expected: '件' })
    log.reportColumnOnce('period', 'missingPeriod', 2, { column: '专利授权量' })
    expect(log.problems).toEqual([
      { severity: 'error', code: 'unitMismatch', row: 3, column: 3, params: { value: '万人', expected: '件' } },
      { severity: 'error', code: 'missingPeriod', row: 3, column: 3, params: { column: '专利授权量' } },
    ])
    expect(log.rowsWithErrors()).toEqual([])
  })
})

describe('ProblemLog warnings', () => {
  it('lists at most WARNING_LIST_LIMIT warnings of one code, so an error after a million is still listed', () => {
    const log = new ProblemLog(1)
    for (let row = 2; row < 1_000_002; row++) log.report('warning', 'noValue', row, 4)
    log.report('error', 'badValue', 1_000_002, 4, { value: 'x' })
    expect(log.problems.filter((p) => p.code === 'noValue')).toHaveLength(WARNING_LIST_LIMIT)
    expect(log.problems.at(-1)).toMatchObject({ code: 'badValue', row: 1_000_002 })
    expect(log.counts).toEqual({ noValue: 1_000_000, badValue: 1 })
    expect(log.warningCount).toBe(1_000_000)
  })
})
