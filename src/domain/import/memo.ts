// Past this many distinct texts a column is free text (notes), not names: stop remembering. A
// township- or record-level export names tens of thousands of places, each read once.
const MEMO_LIMIT = 65_536

/**
 * `read` remembered for the texts a column repeats: a long file names the same few regions,
 * periods, indicators and units a million times, so each distinct cell text is read once.
 */
export function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    const hit = known.get(text)
    if (hit !== undefined || known.has(text)) return hit as T
    const value = read(text)
    if (known.size < MEMO_LIMIT) known.set(text, value)
    return value
  }
}
