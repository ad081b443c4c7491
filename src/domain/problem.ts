// A located problem in an input file: declared with the API's bodies, which carry it in a refusal.
export type { Problem } from '../../contract/api'
export type { ProblemCode } from '../../contract/vocabulary'

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
