/** Each part as a fraction of the total; null where the total is missing or zero. */
export function shares(parts: readonly number[], total: number): (number | null)[] {
  return parts.map((p) => (total > 0 && Number.isFinite(total) ? p / total : null))
}

/** Figures per 10,000 people, from a population given in 万人 (units of 10,000). */
export function densityPer10k(count: number, populationWan: number): number | null {
  if (!(populationWan > 0)) return null
  return count / populationWan
}
