import { describe, expect, it } from 'vitest'
import { buildTechFieldsOption } from '@/charts/options/techFields'
import { lightTheme } from '@/charts/theme'

describe('buildTechFieldsOption', () => {
  const option = buildTechFieldsOption(
    {
      sectors: [
        {
          sector: '电气工程',
          fields: [
            { name: '电气机械、设备和能源', value: 20 },
            { name: '计算机技术', value: 19 },
          ],
        },
        { sector: '其他领域', fields: [{ name: '<土木工程>', value: 20 }] },
      ],
      seriesName: '有效发明专利',
      valueText: String,
    },
    lightTheme,
  )
  const axis = option.yAxis as { data: string[] }
  const bars = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]?.data ?? []

  it('lists the first sector’s largest field at the top', () => {
    expect(axis.data).toEqual(['<土木工程>', '计算机技术', '电气机械、设备和能源'])
    expect(bars.map((b) => b.value)).toEqual([20, 19, 20])
  })

  it('colours each sector', () => {
    expect(bars[1]?.itemStyle.color).toBe(bars[2]?.itemStyle.color)
    expect(bars[0]?.itemStyle.color).not.toBe(bars[1]?.itemStyle.color)
  })

  it('escapes names in the tooltip', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    expect(formatter({ dataIndex: 0 })).toContain('&lt;土木工程&gt;')
  })
})
