import { loadEmbedded } from './embedded'

/** Every figure of the province's city tables at these periods, as data/ publishes it: "region|period|indicator" → value. */
export function publishedTables(periodKeys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const o of loadEmbedded().dataset.observations) {
    if (periodKeys.includes(o.periodKey) && o.note.includes('统计表'))
      out.set(`${o.region}|${o.periodKey}|${o.indicator}`, o.value)
  }
  return out
}
