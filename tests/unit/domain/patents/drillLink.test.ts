import { describe, expect, it } from 'vitest'
import { drillQuery } from '@/domain/patents/drillLink'
import { FLOW_RULES, stockRules } from '@/domain/patents/patentIndicators'
import { PATENT_FIELDS, type PatentFacts } from '@/domain/patents/records'
import { TECH_FIELDS } from '@/domain/patents/techField'
import { loadIndicators } from '../../../support/embedded'

const facts = (has: boolean): PatentFacts =>
  Object.fromEntries(PATENT_FIELDS.map((f) => [f, has])) as Record<(typeof PATENT_FIELDS)[number], boolean>
// Every figure a list can make: with every column (高价值) and with none (its proxy).
const derived = new Set([
  ...FLOW_RULES.map((r) => r.indicator),
  ...[true, false].flatMap((has) => stockRules(facts(has), TECH_FIELDS.length).map((r) => r.indicator)),
])

describe('drillQuery', () => {
  it('links every figure the records make, and none of the catalogue’s others', () => {
    for (const id of derived) expect(drillQuery(id, 2024), id).toBeDefined()
    const others = loadIndicators()
      .map((i) => i.id)
      .filter((id) => !derived.has(id))
    expect(others).toContain('invention_patents_per_10k')
    expect(others).toContain('high_value_invention_patents_per_10k')
    for (const id of others) expect(drillQuery(id, 2024), id).toBeUndefined()
  })

  it.each([
    ['patent_grants', { by: 'grants', year: '2022' }],
    ['design_grants', { by: 'grants', year: '2022' }],
    ['patent_grants_university', { by: 'grants', year: '2022', type: 'university' }],
    ['patent_grants_service', { by: 'grants', year: '2022' }],
    ['valid_invention_patents', {}],
    ['valid_invention_patents_enterprise', { type: 'enterprise' }],
    ['valid_invention_patents_field_07', {}],
    ['high_value_invention_patents_proxy', {}],
    ['patent_applications', {}],
  ])('%s ranks the drill-through by %j', (id, query) => {
    expect(drillQuery(id, 2022)).toEqual(query)
  })
})
