import { APPLICANT_TYPES } from './applicant'
import { PATENT_FLAGS, stateCode, typeCode, type PatentFacts, type PatentRecords } from './records'

/**
 * The indicators a patent list makes and the rule each follows (docs/patents.md#<rule>). The ids
 * are the catalogue's: these are the figures the province's tables publish, counted from records.
 */
export interface PatentRule {
  readonly indicator: string
  /** The heading of docs/patents.md that states the rule. */
  readonly rule: string
  /** Whether record i counts. */
  readonly keep: (r: PatentRecords, i: number, at: RuleContext) => boolean
  /** What the list must have for the figure to be made. */
  readonly needs?: (facts: PatentFacts) => boolean
}

export interface RuleContext {
  /** Per applicant index: an index into APPLICANT_TYPES. */
  readonly applicantTypes: Uint8Array
  /** The filing day before which a valid patent has been held more than ten years (yyyymmdd). */
  readonly tenYearsBefore: number
}

/** A flow counts records on one of their days: applications on the filing day, grants on the grant's. */
export interface FlowRule extends PatentRule {
  readonly day: 'filed' | 'granted'
}

const INVENTION = typeCode('invention')
const VALID = stateCode('valid')
const INDIVIDUAL = APPLICANT_TYPES.indexOf('individual')

const typeOf = (r: PatentRecords, i: number, at: RuleContext) => at.applicantTypes[r.applicant[i] ?? 0] ?? -1
const byType = (kind: (typeof APPLICANT_TYPES)[number]) => {
  const code = APPLICANT_TYPES.indexOf(kind)
  return (r: PatentRecords, i: number, at: RuleContext) => typeOf(r, i, at) === code
}
const service = (r: PatentRecords, i: number, at: RuleContext) => typeOf(r, i, at) !== INDIVIDUAL
const ofType = (t: Parameters<typeof typeCode>[0]) => {
  const code = typeCode(t)
  return (r: PatentRecords, i: number) => r.type[i] === code
}

export const FLOW_RULES: readonly FlowRule[] = [
  { indicator: 'patent_applications', rule: 'applications', day: 'filed', keep: () => true },
  { indicator: 'invention_applications', rule: 'applications', day: 'filed', keep: ofType('invention') },
  { indicator: 'patent_grants', rule: 'grants', day: 'granted', keep: () => true },
  { indicator: 'invention_grants', rule: 'grants', day: 'granted', keep: ofType('invention') },
  { indicator: 'utility_model_grants', rule: 'grants', day: 'granted', keep: ofType('utilityModel') },
  { indicator: 'design_grants', rule: 'grants', day: 'granted', keep: ofType('design') },
  ...APPLICANT_TYPES.map((t) => ({
    indicator: `patent_grants_${t}`,
    rule: 'applicant-types',
    day: 'granted' as const,
    keep: byType(t),
  })),
  { indicator: 'patent_grants_service', rule: 'applicant-types', day: 'granted', keep: service },
]

/** A valid invention patent at the export date: a granted invention whose legal state is valid. */
export const isValidInvention = (r: PatentRecords, i: number) => r.type[i] === INVENTION && r.state[i] === VALID

const flag = (bit: number) => (r: PatentRecords, i: number) => ((r.flags[i] ?? 0) & bit) !== 0
const heldTenYears = (r: PatentRecords, i: number, at: RuleContext) => {
  const filed = r.filed[i] ?? 0
  return filed !== 0 && filed < at.tenYearsBefore
}
const abroad = flag(PATENT_FLAGS.familyAbroad)
const hasFamily = (f: PatentFacts) => f.family || f.pct

/** CNIPA's five criteria of a high-value invention patent, each with what the list must have to judge it. */
const HIGH_VALUE = [
  { criterion: '战略性新兴产业', keep: flag(PATENT_FLAGS.strategic), needs: (f: PatentFacts) => f.strategicIndustry },
  { criterion: '海外同族', keep: abroad, needs: hasFamily },
  {
    criterion: '质押融资额1000万元以上',
    keep: flag(PATENT_FLAGS.pledgedHigh),
    needs: (f: PatentFacts) => f.pledgeAmount,
  },
  { criterion: '维持年限超过10年', keep: heldTenYears, needs: (f: PatentFacts) => f.filingDate },
  {
    criterion: '获得国家科学技术奖或中国专利奖',
    keep: flag(PATENT_FLAGS.awarded),
    needs: (f: PatentFacts) => f.awards,
  },
] as const

/** The criteria a list lets one judge: all five make the figure, fewer only its proxy. */
export const judgedCriteria = (facts: PatentFacts) => HIGH_VALUE.filter((c) => c.needs(facts))

const highValue = (facts: PatentFacts) => {
  const judged = judgedCriteria(facts)
  return (r: PatentRecords, i: number, at: RuleContext) => judged.some((c) => c.keep(r, i, at))
}

/** Stocks at the export date, each of valid invention patents. */
export function stockRules(facts: PatentFacts, fields: number): PatentRule[] {
  const all = judgedCriteria(facts).length === HIGH_VALUE.length
  return [
    { indicator: 'valid_invention_patents', rule: 'valid-invention-patents', keep: () => true },
    ...APPLICANT_TYPES.map((t) => ({
      indicator: `valid_invention_patents_${t}`,
      rule: 'applicant-types',
      keep: byType(t),
    })),
    { indicator: 'valid_invention_patents_service', rule: 'applicant-types', keep: service },
    ...Array.from({ length: fields }, (_, k) => ({
      indicator: `valid_invention_patents_field_${String(k + 1).padStart(2, '0')}`,
      rule: 'technology-fields',
      keep: (r: PatentRecords, i: number) => r.field[i] === k + 1,
      needs: (f: PatentFacts) => f.ipc,
    })),
    {
      indicator: 'valid_invention_patents_over_10_years',
      rule: 'over-10-years',
      keep: heldTenYears,
      needs: (f) => f.filingDate,
    },
    { indicator: 'valid_invention_patents_family_abroad', rule: 'family-abroad', keep: abroad, needs: hasFamily },
    {
      indicator: 'valid_invention_patents_pledged',
      rule: 'pledged',
      keep: flag(PATENT_FLAGS.pledged),
      needs: (f) => f.pledges || f.pledgeAmount,
    },
    all
      ? { indicator: 'high_value_invention_patents', rule: 'high-value', keep: highValue(facts) }
      : {
          indicator: 'high_value_invention_patents_proxy',
          rule: 'high-value-proxy',
          keep: highValue(facts),
          needs: (f) => judgedCriteria(f).length > 0,
        },
  ]
}
