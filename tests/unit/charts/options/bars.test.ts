import { describe, expect, it } from 'vitest'
import { buildBarsOption } from '@/charts/options/bars'
import { darkTheme, lightTheme } from '@/charts/theme'

describe('buildBarsOption', () => {
  const input = {
    bars: [
      { label: '甲', value: 3, color: '#111', bold: true },
      { label: '乙', value: 2, color: '#222', note: '<组>' },
    ],
    seriesName: '件数',
    valueText: (v: number) => `${v} 件`,
    labelRoom: 60,
    barWidth: 20,
  }
  const option = buildBarsOption(input, lightTheme)
  const bars = (option.series as { data: { value: number; label?: { fontWeight: string } }[] }[])[0]?.data ?? []
  const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter

  it('puts the first bar on top: the category axis runs from the bottom up', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['乙', '甲'])
    expect(bars.map((b) => b.value)).toEqual([2, 3])
  })

  it('writes only a bold bar’s value in bold', () => {
    expect(bars.map((b) => b.label?.fontWeight)).toEqual([undefined, 'bold'])
  })

  it('heads the tooltip with the label, then the note, escaped, then the value', () => {
    expect(tooltip({ dataIndex: 0 })).toBe('<b>乙</b><br>&lt;组&gt;<br>件数：2 件')
    expect(tooltip({ dataIndex: 1 })).toBe('<b>甲</b><br>件数：3 件')
    expect(tooltip({ dataIndex: 5 })).toBe('')
  })

  it('leaves room for the values and scales the bars with the theme', () => {
    expect(option.grid).toMatchObject({ right: 60 })
    const dark = buildBarsOption(input, darkTheme)
    expect((dark.series as { barMaxWidth: number }[])[0]?.barMaxWidth).toBe(20 * darkTheme.scale)
  })
})
