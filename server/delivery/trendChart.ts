import { buildTrendOption } from '../../src/charts/options/trend'
import { keepLabelsApart } from '../../src/charts/options/labelsApart'
import type { ChartOption } from '../../src/charts/chartOption'
import { lightTheme } from '../../src/charts/theme'
import { dateTime, eventMonths } from '../../src/domain/bulletin/events'
import {
  RANGE_DASH,
  formatDate,
  formatNumber,
  formatPeriodLabel,
  formatShortNumber,
} from '../../src/domain/display/format'
import type { Published } from '../../src/domain/published'
import { trendLines, type TrendLine } from '../../src/domain/trend'
import { say } from './words'

/** One chart of a brief before it is drawn: its title and option (as the overview's trend chart builds them). */
interface TrendChartSource {
  readonly title: string
  readonly option: ChartOption
}

/** The brief's charts: the overview's trend indicator, then the screen's trends, four at most (as the browser's brief). */
const CHARTS = 4

const lineName = (line: TrendLine) => {
  const shape =
    line.shape === 'ytd'
      ? say('trend.ytd', { months: line.months.replace('-', RANGE_DASH.zh) })
      : say(`trend.${line.shape}`)
  return line.status === 'actual' ? shape : `${say(`status.${line.status}`)}（${shape}）`
}

/** The bulletins' events of the region, one mark a month, worded as the overview words them. */
function eventMarks(published: Published, region: string) {
  return eventMonths(published.bulletins, region).map((m) => {
    const count = say('bulletin.events', { n: m.events.length })
    return {
      time: dateTime(m.first),
      label: count,
      heading: say('trend.eventsHeading', { month: formatPeriodLabel(m.month, 'flow', 'zh'), events: count }),
      items: m.events.map(({ item }) => `${formatDate(item.date, 'zh')} ${item.title}`),
    }
  })
}

/** The trend charts of the home region for a brief, in Chinese, with the option builder the browser uses. */
export function briefCharts(published: Published): TrendChartSource[] {
  const { dataset, settings } = published
  const region = settings.homeRegion
  const ids = [...new Set([settings.trend, ...settings.screenTrends])].slice(0, CHARTS)
  const events = eventMarks(published, region)
  return ids.flatMap((id) => {
    const indicator = dataset.catalogue.indicator(id)
    const lines = trendLines(dataset, region, id)
    if (!indicator || lines.length === 0) return []
    const kind = indicator.kind
    // On paper, as on the screen, no value prints over another.
    const option = keepLabelsApart(
      buildTrendOption(
        {
          lines,
          lineName,
          pointLabel: (o) => formatPeriodLabel(o.period, kind, 'zh'),
          valueText: (v) => formatNumber(v, 'zh'),
          axisText: (v) => formatShortNumber(v, 'zh'),
          boundaryLabel: (year) =>
            kind === 'flow' ? String(year) : formatPeriodLabel({ type: 'year', year: year - 1 }, 'stock', 'zh'),
          events,
        },
        lightTheme,
      ),
    )
    return [{ title: say('trend.title', { region, indicator: indicator.nameZh }), option }]
  })
}
