/** Each part as a fraction of the total; null where the total is missing or zero. */
export function shares(parts: readonly number[], total: number): (number | null)[] {
  return parts.map((p) => (total > 0 && Number.isFinite(total) ? p / total : null))
}
