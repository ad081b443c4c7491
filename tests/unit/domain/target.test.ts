import { describe, it, expect } from 'vitest'
import { Dataset } from '@/domain/dataset'
import { targetsOf } from '@/domain/target'
import { loadCatalogue, loadEmbedded } from '../../support/embedded'
import { obs } from '../../support/obsFixture'

describe('targetsOf 衡阳市 in the embedded data', () => {
  const { dataset } = loadEmbedded()
  const targets = targetsOf(dataset, '衡阳市')

  it("lists the three 2026 targets of the city's plan", () => {
    expect(targets.map((t) => [t.target.periodKey, t.target.indicator, t.target.value])).toEqual([
      ['2026', 'high_value_invention_patents_per_10k', 2],
      ['2026', 'pct_applications_cumulative', 60],
      ['2026', 'geographical_indications', 16],
    ])
  })

  it('shows no progress for any of them: the data has no like-for-like actual figure', () => {
    for (const t of targets) {
      expect(t.actual, t.target.indicator).toBeUndefined()
      expect(t.progress, t.target.indicator).toBeUndefined()
    }
  })

  it('does not measure progress with a related but different figure (density, annual PCT, GI trademarks)', () => {
    expect(dataset.seriesOf('衡阳市', 'invention_patents_per_10k', 'actual').length).toBeGreaterThan(0)
    expect(dataset.seriesOf('衡阳市', 'pct_applications', 'actual').length).toBeGreaterThan(0)
    expect(dataset.seriesOf('衡阳市', 'gi_trademarks', 'actual').length).toBeGreaterThan(0)
    expect(targets.every((t) => t.actual === undefined)).toBe(true)
  })

  it('finds no targets for a region without any', () => {
    expect(targetsOf(dataset, '长沙市')).toEqual([])
  })
})

describe('targetsOf with actual figures of the same measure', () => {
  const gi = { indicator: 'geographical_indications' }
  const catalogue = loadCatalogue()

  it("measures progress with the latest actual figure up to the target's date", () => {
    const ds = new Dataset(
      [obs('2026', 16, { ...gi, status: 'target' }), obs('2023', 10, gi), obs('2025-07', 12, gi), obs('2027', 20, gi)],
      catalogue,
    )
    const [t] = targetsOf(ds, '衡阳市')
    expect(t?.actual?.periodKey).toBe('2025-07')
    expect(t?.progress).toBeCloseTo(0.75, 12)
  })

  it('ignores estimates as the actual figure', () => {
    const ds = new Dataset(
      [obs('2026', 16, { ...gi, status: 'target' }), obs('2025', 15, { ...gi, status: 'estimate' })],
      catalogue,
    )
    expect(targetsOf(ds, '衡阳市')).toEqual([{ target: expect.objectContaining({ value: 16 }) }])
  })

  it('gives no progress towards a zero target', () => {
    const ds = new Dataset([obs('2026', 0, { ...gi, status: 'target' }), obs('2025', 15, gi)], catalogue)
    const [t] = targetsOf(ds, '衡阳市')
    expect(t?.progress).toBeUndefined()
  })
})
