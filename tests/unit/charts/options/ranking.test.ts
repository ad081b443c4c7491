import { describe, expect, it } from 'vitest'
import { buildRankingOption } from '@/charts/options/ranking'
import { lightTheme } from '@/charts/theme'
import { cityRanking } from '@/domain/province/compare'
import { loadEmbedded } from '../../../support/embedded'

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

  it('leaves labels that fit as they are: the short names the compare page shows', () => {
    const short = densityRows('2025-07').map((r) => ({
      ...r,
      name: dataset.catalogue.region(r.name)?.aliases[0] ?? r.name,
    }))
    const o = buildRankingOption({ rows: short, seriesName: '每万人口', valueText: String }, lightTheme)
    expect((o.yAxis as { data: string[] }).data).toContain('13. 湘西州')
    expect(o.yAxis).toMatchObject({ axisLabel: { fontSize: lightTheme.fontSize }, tooltip: { show: false } })
    expect(o.yAxis).not.toHaveProperty('axisLabel.overflow')
  })

  it('cuts a long custom city name with an ellipsis, keeping it whole in the data, on hover and in the tooltip', () => {
    const long = '湘江新区国家级新区知识产权综合试点示范区'
    const rows = [...densityRows('2025-07'), { name: long, value: 80, rank: 1, highlight: false }]
    const o = buildRankingOption({ rows, seriesName: '每万人口', valueText: String }, lightTheme)
    const y = o.yAxis as { data: string[]; axisLabel: Record<string, unknown>; tooltip: { show: boolean } }
    expect(y.data).toContain(`1. ${long}`)
    expect(y.axisLabel).toMatchObject({ width: 9 * lightTheme.fontSize, overflow: 'truncate', ellipsis: '…' })
    expect(y.tooltip.show).toBe(true)
    const html = (o.tooltip as { formatter: (p: unknown) => string }).formatter({
      dataIndex: y.data.indexOf(`1. ${long}`),
    })
    expect(html).toContain(long)
  })
})
