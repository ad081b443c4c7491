import { tokenizeCsv, type CsvDialect } from './tokenizer'

/** The delimiters an office's CSV comes with, in the order a tie is settled. */
const DELIMITERS = [',', '\t', ';', '|'] as const
// Rows each delimiter is tried on.
const SAMPLE_ROWS = 10

/**
 * The delimiter and line break of a CSV file, guessed from its first rows as PapaParse guesses
 * them (a property test holds the two together): the line break most rows end with outside
 * quotes, and the delimiter that splits the first rows most evenly into two or more fields
 * (comma if none does).
 */
export function guessDialect(head: string): CsvDialect {
  const newline = guessNewline(head)
  let best: string = ','
  let bestDelta = Infinity
  let bestFields = 0
  for (const delimiter of DELIMITERS) {
    const rows = tokenizeCsv(head, { delimiter, newline }, true).rows.slice(0, SAMPLE_ROWS)
    let delta = 0
    let fields = 0
    let previous = -1
    for (const row of rows) {
      fields += row.length
      if (previous >= 0) delta += Math.abs(row.length - previous)
      previous = row.length
    }
    const average = rows.length ? fields / rows.length : 0
    if (average > 1.99 && (delta < bestDelta || (delta === bestDelta && average > bestFields))) {
      best = delimiter
      bestDelta = delta
      bestFields = average
    }
  }
  return { delimiter: best, newline }
}

const QUOTED = /"[^]*?"/g

/** Line feed unless the text's first line break outside quotes is a CR, and then CRLF if half the CRs are. */
function guessNewline(head: string): CsvDialect['newline'] {
  const text = head.slice(0, 1024 * 1024).replace(QUOTED, '')
  const byCr = text.split('\r')
  const firstLf = text.indexOf('\n')
  if (byCr.length === 1 || (firstLf >= 0 && firstLf < (byCr[0] ?? '').length)) return '\n'
  const crlf = byCr.filter((line) => line.startsWith('\n')).length
  return crlf >= byCr.length / 2 ? '\r\n' : '\r'
}
