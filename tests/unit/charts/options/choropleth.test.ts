import { describe, expect, it } from 'vitest'
import { buildChoroplethOption, type MapRegion } from '@/charts/options/choropleth'
import { isLogScale, shade } from '@/charts/colourScale'
import { contrast } from '@/charts/colour'
import { darkTheme, lightTheme } from '@/charts/theme'
import { regionFigures } from '@/domain/province/regionMap'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()
const cities = dataset.catalogue.citiesOf('湖南省').map((c) => c.name)

function regions(periodKey: string): MapRegion[] {
  return regionFigures(dataset, cities, 'invention_patents_per_10k', periodKey).map((f) => ({
    name: f.region,
    label: f.region,
    value: f.value,
    valueText: f.value === null ? '无数据' : `${f.value}件/万人`,
    highlight: f.region === '衡阳市',
  }))
}

interface MapData {
  name: string
  value?: number
  itemStyle: { areaColor: string; borderColor?: string }
  label: { color: string }
}
const dataOf = (o: ReturnType<typeof buildChoroplethOption>) =>
  (o.series as { type: string; map: string; data: MapData[] }[])[0]

describe('buildChoroplethOption', () => {
  const option = buildChoroplethOption(
    { map: 'province', regions: regions('2025-07'), seriesName: '每万人口' },
    lightTheme,
  )
  const series = dataOf(option)

  it('draws one map series of the 14 cities on the registered boundaries', () => {
    expect(series?.type).toBe('map')
    expect(series?.map).toBe('province')
    expect(series?.data.map((d) => d.name)).toEqual(cities)
  })

  it("fills 长沙 (77.23, highest) with the ramp's dark end and 张家界 (lowest) with its light end", () => {
    const fill = (name: string) => series?.data.find((d) => d.name === name)?.itemStyle.areaColor
    expect(fill('长沙市')).toBe(lightTheme.ramp[1])
    const lowest = [...regions('2025-07')].sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0]?.name ?? ''
    expect(fill(lowest)).toBe(lightTheme.ramp[0])
  })

  it('outlines only 衡阳 in the highlight colour', () => {
    expect(series?.data.filter((d) => d.itemStyle.borderColor === lightTheme.highlight).map((d) => d.name)).toEqual([
      '衡阳市',
    ])
  })

  it.each([lightTheme, darkTheme])('labels every region in a colour that reads at 4.5:1 on its fill', (theme) => {
    const data = dataOf(buildChoroplethOption({ map: 'province', regions: regions('2025-07'), seriesName: 's' }, theme))
    for (const d of data?.data ?? []) expect(contrast(d.label.color, d.itemStyle.areaColor)).toBeGreaterThanOrEqual(4.5)
  })

  it('fills a region with no figure in the no-data colour and gives it no value', () => {
    const some = regions('2025-07').map((r, i) => (i < 2 ? { ...r, value: null, valueText: '无数据' } : r))
    const data = dataOf(buildChoroplethOption({ map: 'province', regions: some, seriesName: 's' }, lightTheme))?.data
    expect(data?.slice(0, 2).map((d) => [d.itemStyle.areaColor, d.value])).toEqual([
      [lightTheme.noData, undefined],
      [lightTheme.noData, undefined],
    ])
  })

  it('escapes region names in its tooltip', () => {
    const o = buildChoroplethOption(
      {
        map: 'province',
        regions: [{ name: 'x', label: '<img src=x onerror=alert(1)>', value: 1, valueText: '1件', highlight: false }],
        seriesName: 's',
      },
      lightTheme,
    )
    const html = (o.tooltip as { formatter: (p: unknown) => string }).formatter({ name: 'x' })
    expect(html).toBe('<b>&lt;img src=x onerror=alert(1)&gt;</b><br>s：1件')
  })
})

describe('shade', () => {
  it('spreads figures over more than tenfold on a log scale: 衡阳 (7.08) is no longer as pale as 张家界 (1.53)', () => {
    const mid = shade(Math.sqrt(1.53 * 77.23), 1.53, 77.23, lightTheme)
    expect(mid).toBe(shade(0.5, 0, 1, lightTheme))
    expect(isLogScale(1.53, 77.23)).toBe(true)
  })

  it('keeps a linear scale for figures within tenfold', () => {
    expect(isLogScale(3, 29)).toBe(false)
    expect(shade(16, 3, 29, lightTheme)).toBe(shade(0.5, 0, 1, lightTheme))
  })
})
