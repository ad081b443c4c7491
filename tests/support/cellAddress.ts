import type { CellAddress } from '@/domain/import/header/cellAddress'

// The app only writes addresses; reading one back shows that what it writes names one cell only.

/** Column letters back to a number: A → 1, AA → 27. */
function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

/** Reads an address written by formatCellAddress; null when it is not one. */
export function parseCellAddress(text: string): CellAddress | null {
  const m = /^(?:'((?:[^']|'')*)'|([^'!\s]+))!([A-Z]+)([1-9]\d*)$/.exec(text)
  if (!m) return null
  const sheet = m[1] === undefined ? (m[2] ?? '') : m[1].replaceAll("''", "'")
  return { sheet, row: Number(m[4]), column: columnNumber(m[3] ?? '') }
}
