import { describe, it, expect } from 'vitest'
import { Dataset } from '@/domain/dataset'
import { elapsedShare, targetGroups } from '@/domain/monitoring/target'
import type { Plan } from '@/domain/monitoring/plan'
import { loadCatalogue, loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)

describe('targetGroups 衡阳市 in the embedded data', () => {
  const { dataset, plan } = loadEmbedded()
  const groups = targetGroups(dataset, '衡阳市', plan, day(2026, 12, 7))

  it('lists the ten 2026 targets of the pilot plan in its three groups, in its order', () => {
    expect(groups.map((g) => [g.nameZh, g.targets.map((t) => t.measure)])).toEqual([
      ['创造', ['high_value_invention_patents_per_10k', 'pct_applications_cumulative', 'geographical_indications']],
      [
        '运用',
        [
          'patent_intensive_industry_share',
          'gi_product_sales',
          'copyright_industry_share',
          'ip_pledge_financing_cumulative',
        ],
      ],
      ['保护', ['gi_protection_demo_zones', 'ip_civil_acceptance_rate', 'ip_case_closure_rate']],
    ])
  })

  it('keeps the goals as the plan words them: a range of two bounds, a minimum, cumulative counts', () => {
    const all = groups.flatMap((g) => g.targets)
    const of = (id: string) => all.find((t) => t.measure === id)
    expect([of('ip_civil_acceptance_rate')?.target.value, of('ip_civil_acceptance_rate')?.ceiling?.value]).toEqual([
      83.41, 88.78,
    ])
    expect(of('gi_protection_demo_zones')).toMatchObject({ atLeast: true, target: { value: 2, unit: '个' } })
    expect(all.filter((t) => t.cumulative).map((t) => t.measure)).toEqual([
      'pct_applications_cumulative',
      'ip_pledge_financing_cumulative',
    ])
    expect(all.every((t) => t.target.periodKey === '2026' && t.target.source.startsWith('https://'))).toBe(true)
  })

  it('measures no progress with a related but different figure (density, annual PCT, GI trademarks)', () => {
    expect(dataset.seriesOf('衡阳市', 'invention_patents_per_10k', 'actual').length).toBeGreaterThan(0)
    expect(dataset.seriesOf('衡阳市', 'pct_applications', 'actual').length).toBeGreaterThan(0)
    expect(dataset.seriesOf('衡阳市', 'gi_trademarks', 'actual').length).toBeGreaterThan(0)
    for (const t of groups.flatMap((g) => g.targets)) {
      expect(t.actual, t.measure).toBeUndefined()
      expect(t.pace, t.measure).toBeUndefined()
    }
  })

  it('finds no targets for a region without any', () => {
    expect(targetGroups(dataset, '长沙市', plan, day(2026, 12, 7))).toEqual([])
  })
})

describe('elapsedShare: the plan’s time gone by (序时进度)', () => {
  const plan = { from: '2024-04-29', to: '2026-12-31' }
  it.each([
    ['before the plan', day(2024, 1, 1), 0],
    ['on its first day', day(2024, 4, 29), 0],
    ['half way', (day(2024, 4, 29) + day(2026, 12, 31)) / 2, 0.5],
    ['on its last day', day(2026, 12, 31), 1],
    ['after its end', day(2027, 6, 1), 1],
  ])('%s', (_, today, share) => {
    expect(elapsedShare(plan, today)).toBeCloseTo(share, 12)
  })

  it('is 60.1% on 7 December 2025 (587 of 976 days)', () => {
    expect(elapsedShare(plan, day(2025, 12, 7))).toBeCloseTo(587 / 976, 12)
  })
})

describe('pace toward a target with actual figures', () => {
  const catalogue = loadCatalogue()
  const gi = { indicator: 'geographical_indications' }
  const rate = { indicator: 'ip_civil_acceptance_rate', unit: '%' }
  const plan: Plan = {
    titleZh: '方案',
    titleEn: 'Plan',
    from: '2024-04-29',
    to: '2026-12-31',
    source: '',
    groups: [
      {
        nameZh: '创造',
        nameEn: 'Creation',
        items: [
          {
            indicator: 'geographical_indications',
            floor: 'geographical_indications',
            atLeast: false,
            cumulative: false,
          },
        ],
      },
      {
        nameZh: '保护',
        nameEn: 'Protection',
        items: [
          {
            indicator: 'gi_protection_demo_zones',
            floor: 'gi_protection_demo_zones',
            atLeast: true,
            cumulative: false,
          },
          {
            indicator: 'ip_civil_acceptance_rate',
            floor: 'ip_civil_acceptance_rate_floor',
            ceiling: 'ip_civil_acceptance_rate_ceiling',
            atLeast: false,
            cumulative: false,
          },
        ],
      },
    ],
  }
  const targets = [
    obs('2026', 16, { ...gi, status: 'target' }),
    obs('2026', 2, { indicator: 'gi_protection_demo_zones', unit: '个', status: 'target' }),
    obs('2026', 83.41, { indicator: 'ip_civil_acceptance_rate_floor', unit: '%', status: 'target' }),
    obs('2026', 88.78, { indicator: 'ip_civil_acceptance_rate_ceiling', unit: '%', status: 'target' }),
  ]
  const paceOf = (extra: ReturnType<typeof obs>[], today: number, measure: string) =>
    targetGroups(new Dataset([...targets, ...extra], catalogue), '衡阳市', plan, today)
      .flatMap((g) => g.targets)
      .find((t) => t.measure === measure)

  it.each([
    ['ahead: 75% achieved with 60% of the time gone', [obs('2025-07', 12, gi)], day(2025, 12, 7), 'ahead'],
    ['behind: 50% achieved with 60% of the time gone', [obs('2025-07', 8, gi)], day(2025, 12, 7), 'behind'],
    ['met: the target already reached', [obs('2025', 16, gi)], day(2025, 12, 7), 'met'],
    ['met beyond the target', [obs('2025', 18, gi)], day(2025, 1, 1), 'met'],
  ])('%s', (_, actuals, today, standing) => {
    expect(paceOf(actuals, today, 'geographical_indications')?.pace?.standing).toBe(standing)
  })

  it.each([
    ['within the range', 85, 'met'],
    ['at its lower bound', 83.41, 'met'],
    ['above its upper bound', 90, 'above'],
    ['below it, behind the time gone by', 40, 'behind'],
    ['below it, ahead of the time gone by', 80, 'ahead'],
  ])('a range target: an actual %s is %s', (_, value, standing) => {
    expect(paceOf([obs('2025', value, rate)], day(2025, 12, 7), 'ip_civil_acceptance_rate')?.pace?.standing).toBe(
      standing,
    )
  })

  it.each([
    ['one zone of "at least 2" is behind late in the plan', 1, 'behind'],
    ['two zones meet "at least 2"', 2, 'met'],
    ['three zones meet it too', 3, 'met'],
  ])('a minimum: %s', (_, value, standing) => {
    const zones = obs('2025', value, { indicator: 'gi_protection_demo_zones', unit: '个' })
    expect(paceOf([zones], day(2026, 6, 1), 'gi_protection_demo_zones')?.pace?.standing).toBe(standing)
  })

  it('has no pace without an actual figure of the measure, and says the measure', () => {
    const t = paceOf([], day(2025, 12, 7), 'geographical_indications')
    expect(t).toMatchObject({ measure: 'geographical_indications', target: { value: 16 } })
    expect(t?.actual).toBeUndefined()
    expect(t?.pace).toBeUndefined()
  })

  it("does not count a figure dated after the plan's end: the latest one up to it is used", () => {
    const t = paceOf([obs('2025-07', 12, gi), obs('2027', 20, gi)], day(2027, 6, 1), 'geographical_indications')
    expect(t?.actual?.periodKey).toBe('2025-07')
    expect(t?.progress).toBeCloseTo(0.75, 12)
    // The plan's time is all gone: 75% is behind it.
    expect(t?.pace).toEqual({ elapsed: 1, achieved: 0.75, standing: 'behind' })
  })

  it('has nothing to measure when only a figure after the end exists', () => {
    expect(paceOf([obs('2027', 20, gi)], day(2027, 6, 1), 'geographical_indications')?.actual).toBeUndefined()
  })

  it('ignores estimates as the actual figure', () => {
    const t = paceOf([obs('2025', 15, { ...gi, status: 'estimate' })], day(2025, 12, 7), 'geographical_indications')
    expect(t?.actual).toBeUndefined()
  })

  it('gives no progress towards a zero target', () => {
    const ds = new Dataset([obs('2026', 0, { ...gi, status: 'target' }), obs('2025', 15, gi)], catalogue)
    expect(targetGroups(ds, '衡阳市', plan, day(2025, 12, 7))[0]?.targets[0]?.progress).toBeUndefined()
  })

  it('lists targets the plan does not name last, in a group without a name and without pace', () => {
    const other = obs('2026', 60, { indicator: 'pct_applications_cumulative', status: 'target' })
    const ds = new Dataset(
      [...targets, other, obs('2025', 30, { indicator: 'pct_applications_cumulative' })],
      catalogue,
    )
    const last = targetGroups(ds, '衡阳市', plan, day(2025, 12, 7)).at(-1)
    expect(last?.nameZh).toBe('')
    expect(last?.targets.map((t) => [t.measure, t.progress, t.pace])).toEqual([
      ['pct_applications_cumulative', 0.5, undefined],
    ])
  })

  it('without a plan, lists every target in one group, with progress but no pace', () => {
    const ds = new Dataset([...targets, obs('2025-07', 12, gi)], catalogue)
    const groups = targetGroups(ds, '衡阳市', undefined, day(2025, 12, 7))
    expect(groups).toHaveLength(1)
    expect(groups[0]?.targets.map((t) => [t.measure, t.progress, t.pace])).toEqual([
      ['geographical_indications', 0.75, undefined],
      ['gi_protection_demo_zones', undefined, undefined],
      ['ip_civil_acceptance_rate_floor', undefined, undefined],
      ['ip_civil_acceptance_rate_ceiling', undefined, undefined],
    ])
  })
})
