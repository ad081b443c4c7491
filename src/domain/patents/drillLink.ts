// The figures a patent list makes (patentIndicators.ts), by id: a base, then an applicant type or
// another part. Written out rather than read from the rules, which the overview's first load leaves out.
const DERIVED =
  /^(?:(?:patent|invention)_applications|(patent|invention|utility_model|design)_grants|valid_invention_patents|high_value_invention_patents(?:_proxy)?$)(?:_(?:(university|research|enterprise|agency|individual)|service|over_10_years|family_abroad|pledged|field_\d\d))?$/

/**
 * The drill-through's query (InnovatorsView) for a figure the patent records make: grants rank by
 * grants in the figure's year, stocks by valid inventions, an applicant type's figure shows that
 * type. Undefined for a figure the records do not make.
 */
export function drillQuery(indicator: string, year: number): Record<string, string> | undefined {
  const m = DERIVED.exec(indicator)
  if (!m) return undefined
  const [, grants, type] = m
  const query: Record<string, string> = grants ? { by: 'grants', year: String(year) } : {}
  if (type) query.type = type
  return query
}
