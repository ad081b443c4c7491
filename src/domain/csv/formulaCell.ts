/**
 * A CSV cell a spreadsheet would run as a formula, and the quote that stops it (OWASP, "CSV
 * Injection"): a text beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
 * single quote before it, which Excel reads as "this cell is text". A plain decimal number (`-5`,
 * `-0.3`: the long format's values, an optional minus, digits, an optional fraction) is left as it
 * is and stays a number.
 *
 * Reversible for every text: a cell that already begins with quotes and then one of those
 * characters gets one more quote, and `restoreCell` takes one quote away from exactly such a cell.
 * So the app's reader gives back the text the writer was given, `'=x` included.
 */
const FORMULA = /^'*[=+\-@\t\r]/
const NUMBER = /^-?\d+(\.\d+)?$/
const QUOTE = 39

/** The cell as a CSV file holds it: neutralised when a spreadsheet would run it. */
export function neutraliseCell(text: string): string {
  return FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text
}

/** The text `neutraliseCell` was given, from the cell it wrote. */
export function restoreCell(cell: string): string {
  return cell.charCodeAt(0) === QUOTE && FORMULA.test(cell) ? cell.slice(1) : cell
}
