import { describe, expect, it } from 'vitest'
import { buildRankingOption } from '../../../src/charts/options/ranking'
import { buildRankHistoryOption } from '../../../src/charts/options/rankHistory'
import { buildCompositionOption } from '../../../src/charts/options/composition'
import { lightTheme } from '../../../src/charts/theme'
import { cityRanking, composition, rankHistory } from '../../../src/domain/compare'
import { loadEmbedded } from '../../support/embedded'

const { dataset } = loadEmbedded()

function densityRows(periodKey: string) {
  return cityRanking(dataset, '湖南省', 'invention_patents_per_10k', periodKey).map((r) => ({
    name: r.item.region,
    value: r.value,
    rank: r.rank,
    highlight: r.item.region === '衡阳市',
  }))
}

describe('buildRankingOption', () => {
  const option = buildRankingOption(
    { rows: densityRows('2025-07'), seriesName: '每万人口', valueText: String },
    lightTheme,
  )
  const axis = option.yAxis as { data: string[] }
  const bars = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]?.data ?? []

  it('puts the first rank at the top of a horizontal bar chart (last category)', () => {
    expect(axis.data.at(-1)).toBe('1. 长沙市')
    expect(axis.data[0]).toBe('14. 张家界市')
  })

  it('colours only 衡阳 (6th, 7.08) in the highlight colour', () => {
    const highlighted = bars.flatMap((b, i) =>
      b.itemStyle.color === lightTheme.highlight ? [[axis.data[i], b.value]] : [],
    )
    expect(highlighted).toEqual([['6. 衡阳市', 7.08]])
  })

  it('escapes region names in its tooltip', () => {
    const o = buildRankingOption(
      { rows: [{ name: '<b>x</b>', value: 1, rank: 1, highlight: false }], seriesName: 's', valueText: String },
      lightTheme,
    )
    const html = (o.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 0 })
    expect(html).toBe('<b>1. &lt;b&gt;x&lt;/b&gt;</b><br>s：1')
  })
})

describe('buildRankHistoryOption', () => {
  it('draws 衡阳’s density rank 7 → 7 → 6 on an inverted 1–14 axis', () => {
    const points = rankHistory(dataset, '湖南省', '衡阳市', 'invention_patents_per_10k').map((r) => ({
      label: r.periodKey,
      rank: r.rank,
      of: r.of,
    }))
    const option = buildRankHistoryOption({ points, seriesName: '名次', rankText: (r) => `第${r}名` }, lightTheme)
    expect((option.series as { data: number[] }[])[0]?.data).toEqual([7, 7, 6])
    expect(option.yAxis).toMatchObject({ inverse: true, min: 1, max: 14 })
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020-11', '2021-02', '2025-07'])
  })
})

describe('buildCompositionOption', () => {
  it('stacks holder shares that add up to each city’s whole', () => {
    const parts = ['service', 'individual'].map((h) => `valid_invention_patents_${h}`)
    const rows = composition(dataset, ['衡阳市', '长沙市'], 'valid_invention_patents', parts, '2025-07')
    const option = buildCompositionOption(
      {
        regions: rows.map((r) => ({
          name: r.region,
          highlight: r.region === '衡阳市',
          shares: r.parts.map((p) => p.share),
          values: r.parts.map((p) => p.value),
        })),
        partNames: ['职务', '个人'],
        valueText: String,
        shareText: (s) => `${(s * 100).toFixed(1)}%`,
      },
      lightTheme,
    )
    const series = option.series as { stack: string; data: { value: number }[] }[]
    expect(series.map((s) => s.stack)).toEqual(['share', 'share'])
    // Cities are listed top-down, so the category axis is reversed: 长沙 first in data, 衡阳 last.
    const hengyang = series.map((s) => s.data[1]?.value ?? 0)
    expect(hengyang[0]! + hengyang[1]!).toBeCloseTo(1, 10)
    expect(hengyang[1]).toBeCloseTo(171 / 4558, 10)
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ seriesIndex: 1, dataIndex: 1 })
    expect(html).toBe('<b>衡阳市</b><br>个人：171（3.8%）')
  })
})
