import { describe, it, expect } from 'vitest'
import { dayTime, readPlan } from '@/domain/monitoring/plan'
import { loadCatalogue, loadEmbedded } from '../../../support/embedded'

const catalogue = loadCatalogue()

describe('readPlan', () => {
  it('reads the embedded pilot plan: its dates, source and three groups of targets', () => {
    const { plan, problems } = loadEmbedded()
    expect(problems).toEqual([])
    expect(plan).toMatchObject({ from: '2024-04-29', to: '2026-12-31' })
    expect(plan?.titleZh).toContain('衡政办发〔2024〕9号')
    expect(plan?.groups.map((g) => [g.nameZh, g.nameEn, g.items.length])).toEqual([
      ['创造', 'Creation', 3],
      ['运用', 'Use', 4],
      ['保护', 'Protection', 3],
    ])
  })

  it.each([
    ['an end before its start', '2024-04-29', '2024-04-01'],
    ['a day that does not exist', '2024-02-30', '2026-12-31'],
    ['years, not days', '2024', '2026'],
  ])('is no plan, with a problem, given %s', (_, from, to) => {
    const { plan, problems } = readPlan({ from, to, groups: [] }, catalogue)
    expect(plan).toBeUndefined()
    expect(problems.map((p) => p.code)).toEqual(['badPlan'])
  })

  it('leaves out a target naming an indicator the catalogue lacks, and says so', () => {
    const { plan, problems } = readPlan(
      {
        from: '2024-04-29',
        to: '2026-12-31',
        groups: [{ name_zh: '创造', targets: [{ indicator: 'nope' }, { indicator: 'geographical_indications' }] }],
      },
      catalogue,
    )
    expect(plan?.groups[0]?.items.map((i) => i.indicator)).toEqual(['geographical_indications'])
    expect(plan?.groups[0]?.nameEn).toBe('创造')
    expect(problems).toEqual([expect.objectContaining({ code: 'unknownIndicator', params: { value: 'nope' } })])
  })

  it('has nothing to read from a manifest without a plan', () => {
    expect(readPlan(undefined, catalogue)).toEqual({ problems: [] })
  })
})

describe('dayTime', () => {
  it.each([
    ['2024-04-29', Date.UTC(2024, 3, 29)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2023-02-29', Number.NaN],
    ['29/04/2024', Number.NaN],
  ])('%s', (iso, time) => {
    expect(dayTime(iso)).toBe(time)
  })
})
