import { describe, expect, it } from 'vitest'
import { buildCompositionOption } from '@/charts/options/composition'
import { lightTheme } from '@/charts/theme'
import { composition } from '@/domain/province/compare'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()

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

describe('buildCompositionOption with a long custom city name', () => {
  it('cuts the axis labels to one width and shows the whole name on hover', () => {
    const long = 'Xiangjiang New Area National Intellectual Property Pilot Zone'
    const option = buildCompositionOption(
      {
        regions: [
          { name: '衡阳', highlight: true, shares: [0.5, 0.5], values: [1, 1] },
          { name: long, highlight: false, shares: [1, 0], values: [2, 0] },
        ],
        partNames: ['a', 'b'],
        valueText: String,
        shareText: String,
      },
      lightTheme,
    )
    expect(option.yAxis).toMatchObject({
      data: [long, '衡阳'],
      axisLabel: { fontWeight: 'normal', width: 9 * lightTheme.fontSize, overflow: 'truncate' },
      tooltip: { show: true },
    })
  })
})
