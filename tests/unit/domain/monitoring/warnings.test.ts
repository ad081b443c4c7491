import { describe, it, expect } from 'vitest'
import { Dataset } from '@/domain/dataset'
import { monitorWarnings, type Warning } from '@/domain/monitoring/warnings'
import { targetGroups } from '@/domain/monitoring/target'
import { loadCatalogue, loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)
const summary = (ws: readonly Warning[]) =>
  ws.map((w) => [
    w.kind,
    w.indicator,
    'latest' in w ? w.latest.periodKey : w.kind === 'rankFalling' ? w.to.periodKey : '',
  ])

describe('monitorWarnings on the embedded data', () => {
  const { dataset, settings, plan } = loadEmbedded()
  const targets = (today: number) => targetGroups(dataset, '衡阳市', plan, today).flatMap((g) => g.targets)
  const on = (today: number) =>
    monitorWarnings({
      dataset,
      region: '衡阳市',
      indicators: settings.lead,
      rankIndicator: settings.rank,
      targets: targets(today),
      today,
    })

  it('flags patent grants as stale today: the latest year is 2022, and 2023 was due by June 2024', () => {
    const stale = on(day(2026, 12, 7)).find((w) => w.kind === 'stale' && w.indicator === 'patent_grants')
    expect(stale).toMatchObject({ latest: { periodKey: '2022', value: 5183 }, due: '2024-06-30' })
  })

  it('flags every lead figure as stale today, and nothing else (no fall, no rank lost, no actual to pace)', () => {
    expect(summary(on(day(2026, 12, 7)))).toEqual([
      ['stale', 'patent_grants', '2022'],
      ['stale', 'valid_invention_patents', '2025-07'],
      ['stale', 'pct_applications', '2022'],
      ['stale', 'invention_grants', '2022'],
      ['stale', 'invention_patents_per_10k', '2025-07'],
      ['stale', 'valid_trademarks', '2022'],
    ])
  })

  it('finds the July 2025 tables fresh until three months after them', () => {
    const stale = (today: number) =>
      on(today)
        .filter((w) => w.kind === 'stale')
        .map((w) => w.indicator)
    expect(stale(day(2025, 10, 31))).not.toContain('valid_invention_patents')
    expect(stale(day(2025, 11, 1))).toContain('valid_invention_patents')
  })
})

describe('monitorWarnings rules on small series', () => {
  const catalogue = loadCatalogue()
  const today = day(2024, 3, 1)
  const run = (observations: ReturnType<typeof obs>[], indicators = ['patent_grants'], rankIndicator = '') =>
    monitorWarnings({
      dataset: new Dataset(observations, catalogue),
      region: '衡阳市',
      indicators,
      rankIndicator,
      targets: [],
      today,
    })

  it.each([
    ['a fall 同比', [obs('2022', 100), obs('2023', 90)], [['falling', 'patent_grants', '2023']]],
    ['a rise', [obs('2022', 100), obs('2023', 110)], []],
    ['no base', [obs('2023', 90)], []],
    ['a six-fold jump', [obs('2022', 100), obs('2023', 600)], [['jump', 'patent_grants', '2023']]],
    [
      'a fall to a tenth (a jump, not a fall)',
      [obs('2022', 100), obs('2023', 10)],
      [['jump', 'patent_grants', '2023']],
    ],
    [
      'a partial year falling 同比',
      [obs('2022-01..08', 100), obs('2022', 150), obs('2023-01..08', 80)],
      [['falling', 'patent_grants', '2023-01..08']],
    ],
  ])('%s', (_, series, expected) => {
    expect(summary(run(series))).toEqual(expected)
  })

  it('says by how much and against which base a figure fell', () => {
    const [w] = run([obs('2022', 100), obs('2023', 90)])
    expect(w).toMatchObject({ kind: 'falling', basis: 'yoy', base: { periodKey: '2022' } })
    expect(w?.kind === 'falling' && w.ratio).toBeCloseTo(-0.1, 12)
  })

  it('flags a rank that fell between the last two tables of the province', () => {
    const density = { indicator: 'invention_patents_per_10k', unit: '件/万人' }
    const table = (key: string, mine: number) => [
      obs(key, mine, density),
      obs(key, 5, { ...density, region: '长沙市' }),
      obs(key, 3, { ...density, region: '株洲市' }),
    ]
    const ws = run([...table('2024-06', 6), ...table('2024-12', 4)], [], 'invention_patents_per_10k')
    expect(ws).toEqual([
      {
        kind: 'rankFalling',
        indicator: 'invention_patents_per_10k',
        from: expect.objectContaining({ periodKey: '2024-06', rank: 1 }),
        to: expect.objectContaining({ periodKey: '2024-12', rank: 2 }),
      },
    ])
    expect(run([...table('2024-06', 4), ...table('2024-12', 6)], [], 'invention_patents_per_10k')).toEqual([])
  })

  it('flags a target behind the plan’s pace, and not one ahead or met', () => {
    const { plan } = loadEmbedded()
    const gi = { indicator: 'geographical_indications' }
    const at = (value: number) => {
      const ds = new Dataset([obs('2026', 16, { ...gi, status: 'target' }), obs('2025', value, gi)], catalogue)
      const targets = targetGroups(ds, '衡阳市', plan, day(2026, 6, 1)).flatMap((g) => g.targets)
      return monitorWarnings({
        dataset: ds,
        region: '衡阳市',
        indicators: [],
        rankIndicator: '',
        targets,
        today: day(2026, 6, 1),
      })
    }
    expect(summary(at(8))).toEqual([['behindPace', 'geographical_indications', '']])
    expect(at(15)).toEqual([])
    expect(at(16)).toEqual([])
  })
})
