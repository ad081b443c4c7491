import { describe, expect, it } from 'vitest'
import { buildTrendOption, type TrendInput } from '@/charts/options/trend'
import { lightTheme } from '@/charts/theme'
import { trendLines } from '@/domain/trend'
import { Dataset } from '@/domain/dataset'
import { dateTime } from '@/domain/bulletin/events'
import { formatNumber, formatPeriodLabel, formatShortNumber } from '@/domain/display/format'
import { loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const { dataset } = loadEmbedded()

function input(region: string, indicator: string, ds = dataset): TrendInput {
  return {
    lines: trendLines(ds, region, indicator),
    lineName: (l) => `${l.status}:${l.shape}`,
    pointLabel: (o) => formatPeriodLabel(o.period, 'stock', 'zh'),
    valueText: (v) => formatNumber(v, 'zh'),
    axisText: (v) => formatShortNumber(v, 'zh'),
    boundaryLabel: (year) => `${year - 1}年末`,
    events: [
      {
        time: dateTime('2023-04-20'),
        label: '2项活动',
        heading: '2023年4月 · 2项活动',
        items: ['4月20日 启动仪式', '4月25日 新闻发布会'],
      },
    ],
  }
}

type Series = {
  id: string
  data: { value: [number, number] }[]
  lineStyle: { type: string }
  symbol: string
  markLine?: { data: { xAxis: number }[]; tooltip: { formatter: (p: unknown) => string } }
}
const seriesOf = (option: ReturnType<typeof buildTrendOption>) => option.series as unknown as Series[]
const tooltip = (option: ReturnType<typeof buildTrendOption>) =>
  (option.tooltip as { formatter: (p: unknown) => string }).formatter
const utcYear = (t: number) => new Date(t).getUTCFullYear()

describe('buildTrendOption', () => {
  it('draws 衡阳 valid invention patents as one line with every published level, oldest first', () => {
    const series = seriesOf(buildTrendOption(input('衡阳市', 'valid_invention_patents'), lightTheme))
    expect(series).toHaveLength(1)
    expect(series[0]?.data.map((d) => d.value[1])).toEqual([1623, 1897, 2018, 3001, 3176, 4558])
  })

  it('puts a year total inside its year and the Jan–Aug total on a line of its own', () => {
    const series = seriesOf(buildTrendOption(input('衡阳市', 'patent_grants'), lightTheme))
    const years = series.find((s) => s.id === 'actual:years')
    const ytd = series.find((s) => s.id === 'actual:ytd:1-8')
    expect(years?.data.map((d) => [utcYear(d.value[0]), d.value[1]])).toEqual([[2022, 5183]])
    expect(ytd?.data.map((d) => [utcYear(d.value[0]), d.value[1]])).toEqual([[2023, 3018]])
  })

  it('gives a chart of several lines a legend, and one of a single line none (its title names it)', () => {
    expect(buildTrendOption(input('衡阳市', 'patent_grants'), lightTheme).legend).toMatchObject({ type: 'scroll' })
    expect(buildTrendOption(input('衡阳市', 'valid_invention_patents'), lightTheme).legend).toBeUndefined()
  })

  it('draws an estimate dashed with hollow symbols', () => {
    const series = seriesOf(buildTrendOption(input('衡东县', 'patent_grants'), lightTheme))
    const estimate = series.find((s) => s.id.startsWith('estimate'))
    expect(estimate?.data.map((d) => d.value[1])).toEqual([320])
    expect(estimate?.lineStyle.type).toBe('dashed')
    expect(estimate?.symbol).toBe('emptyCircle')
  })

  it('labels year boundaries in UTC, whatever the viewer’s time zone', () => {
    const option = buildTrendOption(input('衡阳市', 'valid_invention_patents'), lightTheme)
    const axis = option.xAxis as { type: string; axisLabel: { formatter: (v: number) => string } }
    expect(axis.type).toBe('time')
    // ECharts places ticks at local midnight: in UTC+8 that is 16:00 UTC the day before.
    expect(axis.axisLabel.formatter(Date.UTC(2022, 11, 31, 16))).toBe('2022年末')
    expect(axis.axisLabel.formatter(Date.UTC(2023, 0, 1, 5))).toBe('2022年末')
  })

  it('labels only year boundaries, never a mid-year tick', () => {
    const option = buildTrendOption(input('衡阳市', 'geographical_indications'), lightTheme)
    const axis = option.xAxis as { min: number; max: number; axisLabel: { formatter: (v: number) => string } }
    expect(axis.axisLabel.formatter(Date.UTC(2026, 6, 1))).toBe('')
    // The 2026 target (a level at the end of 2026) lies inside the axis, before the boundary "2026年末".
    expect(axis.min).toBeLessThan(Date.UTC(2026, 0, 1))
    expect(axis.max).toBeGreaterThan(Date.UTC(2027, 0, 1))
    expect(axis.axisLabel.formatter(Date.UTC(2027, 0, 1))).toBe('2026年末')
  })

  it('marks the events of April 2023 once, at 2023-04-20, and lists them all in the tooltip', () => {
    const first = seriesOf(buildTrendOption(input('衡阳市', 'valid_invention_patents'), lightTheme))[0]
    expect(first?.markLine?.data.map((d) => new Date(d.xAxis).toISOString().slice(0, 10))).toEqual(['2023-04-20'])
    expect(first?.markLine?.tooltip.formatter({ dataIndex: 0 })).toBe(
      '<b>2023年4月 · 2项活动</b><br>4月20日 启动仪式<br>4月25日 新闻发布会',
    )
  })

  it('draws one mark per month of events, each with its own list, and only on the first line', () => {
    const events = [
      { time: dateTime('2022-09-26'), label: '1项活动', heading: '2022年9月', items: ['c'] },
      { time: dateTime('2023-04-20'), label: '5项活动', heading: '2023年4月', items: ['a', 'b'] },
    ]
    const series = seriesOf(buildTrendOption({ ...input('衡阳市', 'patent_grants'), events }, lightTheme))
    expect(series.length).toBeGreaterThan(1)
    const marks = series[0]?.markLine
    expect(marks?.data.map((d) => new Date(d.xAxis).toISOString().slice(0, 10))).toEqual(['2022-09-26', '2023-04-20'])
    expect(marks?.tooltip.formatter({ dataIndex: 0 })).toBe('<b>2022年9月</b><br>c')
    expect(marks?.tooltip.formatter({ dataIndex: 1 })).toBe('<b>2023年4月</b><br>a<br>b')
    expect(series.slice(1).every((s) => s.markLine === undefined)).toBe(true)
  })

  it('shows the figure, its period and its source quote in the tooltip', () => {
    const option = buildTrendOption(input('衡阳市', 'valid_invention_patents'), lightTheme)
    const html = tooltip(option)({ seriesIndex: 0, dataIndex: 5, seriesName: '存量' })
    expect(html).toContain('截至2025年7月：4558')
    expect(html).toContain('2025年7月湖南省有效发明专利统计表')
  })

  it('escapes markup from data files in tooltips and event lists instead of rendering it', () => {
    const attack = '<img src=x onerror="alert(1)">'
    const ds = new Dataset([obs('2022', 5183, { note: attack, source: attack })], dataset.catalogue)
    const option = buildTrendOption(
      {
        ...input('衡阳市', 'patent_grants', ds),
        lineName: () => attack,
        events: [{ time: dateTime('2022-06-01'), label: attack, heading: attack, items: [attack] }],
      },
      lightTheme,
    )
    const html = tooltip(option)({ seriesIndex: 0, dataIndex: 0, seriesName: attack })
    const events = seriesOf(option)[0]?.markLine?.tooltip.formatter({ dataIndex: 0 }) ?? ''
    for (const out of [html, events]) {
      expect(out).not.toContain('<img')
      expect(out).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    }
  })

  it('has no series and no marks for a region without figures', () => {
    const option = buildTrendOption(input('衡南县', 'patent_grants'), lightTheme)
    expect(seriesOf(option)).toEqual([])
  })

  it('draws a long series without symbols or animation, sampled, so a million-row import stays quick', () => {
    const many = Array.from({ length: 1200 }, (_, i) =>
      obs(`${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i, {
        indicator: 'valid_invention_patents',
      }),
    )
    const ds = new Dataset(many, dataset.catalogue)
    const option = buildTrendOption(input('衡阳市', 'valid_invention_patents', ds), lightTheme)
    const line = seriesOf(option)[0] as unknown as { showSymbol: boolean; sampling: string }
    expect(option.animation).toBe(false)
    expect(line.showSymbol).toBe(false)
    expect(line.sampling).toBe('lttb')
    expect(buildTrendOption(input('衡阳市', 'valid_invention_patents'), lightTheme).animation).toBe(true)
  })
})
