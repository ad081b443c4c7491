import { describe, it, expect } from 'vitest'
import { Dataset } from '@/domain/dataset'
import { trendLines } from '@/domain/trend'
import { loadCatalogue, loadEmbedded } from '../../support/embedded'
import { obs } from '../../support/obsFixture'

const { dataset } = loadEmbedded()

describe('trendLines on the embedded data', () => {
  it("never joins 衡阳's 2022 grants total to its Jan–Aug 2023 cumulative or its August figure, year totals first", () => {
    const lines = trendLines(dataset, '衡阳市', 'patent_grants')
    expect(lines.map((l) => [l.id, l.shape, l.months, l.points.map((p) => p.value)])).toEqual([
      ['actual:years', 'years', '', [5183]],
      ['actual:ytd:1-8', 'ytd', '1-8', [3018]],
      ['actual:months', 'months', '', [362]],
    ])
  })

  it('places each flow figure within the months it covers', () => {
    for (const line of trendLines(dataset, '衡阳市', 'patent_grants')) {
      for (const point of line.points) {
        const period = point.observation.period
        const from = period.type === 'span' ? period.from : 1
        const to = period.type === 'span' ? period.to : 12
        expect(point.time, point.observation.periodKey).toBeGreaterThanOrEqual(Date.UTC(period.year, from - 1, 1))
        expect(point.time, point.observation.periodKey).toBeLessThanOrEqual(Date.UTC(period.year, to, 0))
      }
    }
  })

  it("puts 衡东县's 2020 grants estimate on an estimate line, apart from its actual figures", () => {
    expect(
      trendLines(dataset, '衡东县', 'patent_grants').map((l) => [l.id, l.status, l.points.map((p) => p.value)]),
    ).toEqual([['estimate:years', 'estimate', [320]]])
    expect(trendLines(dataset, '衡东县', 'patent_applications').map((l) => l.id)).toEqual(['actual:years'])
  })

  it("draws 衡阳's valid invention patents as one line of levels, in time order", () => {
    const lines = trendLines(dataset, '衡阳市', 'valid_invention_patents')
    expect(lines).toHaveLength(1)
    const line = lines[0]
    expect(line?.id).toBe('actual:levels')
    expect(line?.points.map((p) => p.value)).toEqual([1623, 1897, 2018, 3001, 3176, 4558])
    const times = line?.points.map((p) => p.time) ?? []
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(new Date(times[0] ?? 0).toISOString().slice(0, 10)).toBe('2019-12-31')
    expect(new Date(times[5] ?? 0).toISOString().slice(0, 10)).toBe('2025-07-31')
  })

  it('draws a target as its own line', () => {
    expect(
      trendLines(dataset, '衡阳市', 'geographical_indications').map((l) => [l.id, l.points.map((p) => p.value)]),
    ).toEqual([['target:levels', [16]]])
  })

  it('has no line for a series without figures', () => {
    expect(trendLines(dataset, '衡阳县', 'patent_grants')).toEqual([])
  })
})

describe('trendLines on synthetic series', () => {
  const catalogue = loadCatalogue()

  it('orders actual, estimate and target lines and keeps each status apart', () => {
    const ds = new Dataset(
      [
        obs('2026', 6000, { status: 'target' }),
        obs('2020', 320, { status: 'estimate' }),
        obs('2020', 310),
        obs('2021', 400),
        obs('2021', 420, { status: 'estimate' }),
      ],
      catalogue,
    )
    const lines = trendLines(ds, '衡阳市', 'patent_grants')
    expect(lines.map((l) => [l.id, l.points.map((p) => p.value)])).toEqual([
      ['actual:years', [310, 400]],
      ['estimate:years', [320, 420]],
      ['target:years', [6000]],
    ])
  })

  it('joins the same months of each year, but not different months', () => {
    const ds = new Dataset(
      [obs('2022-01..08', 2800), obs('2023-01..08', 3018), obs('2023-01..06', 2300), obs('2022-01..12', 5183)],
      catalogue,
    )
    expect(
      trendLines(ds, '衡阳市', 'patent_grants').map((l) => [l.id, l.points.map((p) => p.observation.periodKey)]),
    ).toEqual([
      ['actual:years', ['2022-01..12']],
      ['actual:ytd:1-6', ['2023-01..06']],
      ['actual:ytd:1-8', ['2022-01..08', '2023-01..08']],
    ])
  })

  it('leaves out a flow figure given as a point in time, which has no months to add up', () => {
    const ds = new Dataset([obs('2022', 5183), obs('2023-08', 3018)], catalogue)
    expect(
      trendLines(ds, '衡阳市', 'patent_grants').flatMap((l) => l.points.map((p) => p.observation.periodKey)),
    ).toEqual(['2022'])
  })
})
