/**
 * A located problem in an input file. `row` and `column` are as the analyst sees them in Excel
 * (header = row 1, column A = 1); `code` names a message the UI translates with `params`.
 */
export interface Problem {
  readonly severity: 'error' | 'warning'
  readonly code: ProblemCode
  readonly file?: string
  readonly row?: number
  readonly column?: number
  readonly params?: Readonly<Record<string, string | number>>
}

export type ProblemCode =
  | 'missingColumn'
  | 'unknownRegion'
  | 'unknownIndicator'
  | 'badPeriod'
  | 'badValue'
  | 'negativeCount'
  | 'badStatus'
  | 'unitMismatch'
  | 'duplicateConflict'
  | 'badBulletin'
  | 'badCatalogue'
  | 'missingPeriod'
  | 'totalMismatch'
  | 'totalWithoutParent'
  | 'implausibleJump'
  | 'unknownLayout'
  | 'emptyFile'
  | 'notText'
  | 'decodeFailed'
  | 'storageFailed'
  | 'unclosedQuote'
  | 'sourceNotLink'
  | 'noValue'
  | 'rankMismatch'
  | 'badPlan'
  | 'tooManyColumns'
  | 'cellTooLong'
  | 'hiddenCharacter'
  | 'htmlInText'
  | 'tooManyItems'
  | 'itemTooLong'
  | 'tooManyBulletins'

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}
