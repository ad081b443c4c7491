import type { Problem, ProblemCode } from '../problem'

/** Problems listed in full; past this only their count goes on (a million bad rows need no list). */
const PROBLEM_LIST_LIMIT = 500
/** Warnings of one code listed in full, so a million rows without a value never hide an error. */
const WARNING_LIST_LIMIT = 100

type Params = Record<string, string | number>

/**
 * Whether a problem joins the list, `listed` problems being there already and this one the
 * `ofCode`-th of its code: errors always, warnings up to their code's limit, and none past the
 * list's. What is left out is counted, not sent to the page.
 */
export function listsProblem(severity: Problem['severity'], ofCode: number, listed: number): boolean {
  return (severity === 'error' || ofCode <= WARNING_LIST_LIMIT) && listed < PROBLEM_LIST_LIMIT
}

/** A file's problems, each named by the row and column Excel shows (header = row 1). */
export class ProblemLog {
  readonly problems: Problem[] = []
  /** Problems of each code, including those past the list limit. */
  readonly counts: Record<string, number> = {}
  errorCount = 0
  warningCount = 0
  private readonly headerRowNumber: number
  // Rows are read in order, so the rows with errors arrive sorted, most of them more than once in a
  // row: a list that skips repeats is cheaper than a set of a million numbers, sorted again at the end.
  private readonly errorRows: number[] = []
  private errorRowsInOrder = true
  private readonly reported = new Set<string>()

  /** `headerRowNumber`: the (last) header row as Excel numbers it; data rows come after it. */
  constructor(headerRowNumber: number) {
    this.headerRowNumber = headerRowNumber
  }

  report(
    severity: Problem['severity'],
    code: ProblemCode,
    row: number | undefined,
    column: number | undefined,
    params?: Params,
  ) {
    const count = (this.counts[code] ?? 0) + 1
    this.counts[code] = count
    if (severity === 'error') {
      this.errorCount++
      if (row !== undefined && row > this.headerRowNumber) this.addErrorRow(row)
    } else {
      this.warningCount++
    }
    if (listsProblem(severity, count, this.problems.length)) this.problems.push({ severity, code, row, column, params })
  }

  /**
   * An error of a header cell (0-based `column`), once per `key` however many rows meet it: a
   * header that names no known indicator, or a unit that does not fit.
   */
  reportColumnOnce(key: string, code: ProblemCode, column: number, params: Params) {
    this.reportOnce(key, 'error', code, this.headerRowNumber, column + 1, params)
  }

  /** A problem of one cell (1-based row and column) met by many: a row label every figure of its row reads. */
  reportOnce(
    key: string,
    severity: Problem['severity'],
    code: ProblemCode,
    row: number,
    column: number,
    params: Params,
  ) {
    if (this.reported.has(key)) return
    this.reported.add(key)
    this.report(severity, code, row, column, params)
  }

  private addErrorRow(row: number) {
    const last = this.errorRows[this.errorRows.length - 1]
    if (row === last) return
    if (last !== undefined && row < last) this.errorRowsInOrder = false
    this.errorRows.push(row)
  }

  /** Data rows with at least one error, in order, once each: "import only the valid rows" leaves them out whole. */
  rowsWithErrors(): number[] {
    if (this.errorRowsInOrder) return this.errorRows.slice()
    return [...new Set(this.errorRows)].sort((a, b) => a - b)
  }
}
