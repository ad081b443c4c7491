import { describe, expect, it } from 'vitest'
import { keepLabelsApart } from '@/charts/options/labelsApart'
import { buildTrendOption } from '@/charts/options/trend'
import { darkTheme } from '@/charts/theme'
import { trendLines } from '@/domain/trend'
import { formatNumber, formatShortNumber } from '@/domain/display/format'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()

type Drawn = { labelLayout?: unknown; symbolSize: number; data: { value: number[]; symbolSize?: number }[] }

describe('keepLabelsApart', () => {
  // 衡阳's grants: a line of years, one of year-to-date months and one of months, values close together.
  const trend = buildTrendOption(
    {
      lines: trendLines(dataset, '衡阳市', 'patent_grants'),
      lineName: (l) => l.id,
      pointLabel: () => '',
      valueText: (v) => formatNumber(v, 'zh'),
      axisText: (v) => formatShortNumber(v, 'zh'),
      boundaryLabel: String,
      events: [],
    },
    darkTheme,
  )
  const before = trend.series as unknown as Drawn[]
  const after = keepLabelsApart(trend).series as unknown as Drawn[]

  it('asks ECharts to hide a label that overlaps another, on every line', () => {
    expect(before.length).toBeGreaterThan(1)
    expect(before.every((s) => s.labelLayout === undefined)).toBe(true)
    expect(after.every((s) => (s.labelLayout as { hideOverlap: boolean }).hideOverlap)).toBe(true)
  })

  it('draws each line’s latest point larger than the rest, so its label is the one kept', () => {
    for (const line of after) {
      const sizes = line.data.map((d) => d.symbolSize ?? line.symbolSize)
      const latest = sizes.at(-1) ?? 0
      expect(sizes.slice(0, -1).every((s) => s < latest)).toBe(true)
    }
  })

  it('changes neither the points nor the option it is given', () => {
    expect(after.map((s) => s.data.map((d) => d.value))).toEqual(before.map((s) => s.data.map((d) => d.value)))
    expect(before.every((s) => s.data.every((d) => d.symbolSize === undefined))).toBe(true)
  })
})
