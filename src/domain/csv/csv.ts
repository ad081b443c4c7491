/**
 * Rows of a CSV text as RFC 4180 writes it (comma, double quotes; CRLF, LF or CR), for the app's
 * published files and publish bodies, which the app writes itself. It reads them as PapaParse does
 * (a property test holds the two together) in a few hundred bytes of the first load; what analysts
 * bring, in any delimiter and malformed as it may be, is read by `tokenizeCsv` (tokenizer.ts) in
 * the import worker, which streams it. Blank lines stay, so that problems name the row Excel
 * shows; readers skip them.
 */
export function parseCsvRows(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: string[][] = []
  if (s === '') return rows
  let row: string[] = []
  let i = 0
  for (;;) {
    let field = ''
    if (s.charCodeAt(i) === QUOTE) {
      let from = i + 1
      for (;;) {
        const q = s.indexOf('"', from)
        // A quote never closed takes the rest of the text, as PapaParse does.
        if (q < 0) {
          field += s.slice(from)
          i = s.length
          break
        }
        field += s.slice(from, q)
        if (s.charCodeAt(q + 1) === QUOTE) {
          field += '"'
          from = q + 2
        } else {
          i = q + 1
          break
        }
      }
    }
    const end = fieldEnd(s, i)
    field += s.slice(i, end)
    i = end
    row.push(field)
    if (i >= s.length) break
    if (s.charCodeAt(i) === COMMA) {
      i++
      continue
    }
    rows.push(row)
    row = []
    i += s.charCodeAt(i) === CR && s.charCodeAt(i + 1) === LF ? 2 : 1
  }
  rows.push(row)
  return rows
}

const QUOTE = 34
const COMMA = 44
const CR = 13
const LF = 10

/** Where the field from `i` ends: the next comma or line break, or the end of the text. */
function fieldEnd(s: string, i: number): number {
  let j = i
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j)
    if (c === COMMA || c === LF || c === CR) break
  }
  return j
}
