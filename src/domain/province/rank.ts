export interface Ranked<T> {
  readonly item: T
  readonly value: number
  /** 1 = highest; ties share a rank and the next rank skips ("1, 2, 2, 4"). */
  readonly rank: number
}

/** Ranks items by value, highest first, with standard competition ranking for ties. */
export function rankBy<T>(items: readonly T[], value: (item: T) => number): Ranked<T>[] {
  const sorted = items
    .map((item) => ({ item, value: value(item) }))
    .filter((x) => Number.isFinite(x.value))
    .sort((a, b) => b.value - a.value)
  const out: Ranked<T>[] = []
  sorted.forEach((x, i) => {
    const prev = out[i - 1]
    out.push({ ...x, rank: prev && prev.value === x.value ? prev.rank : i + 1 })
  })
  return out
}
