import { describe, expect, it, vi } from 'vitest'
import { defineComponent, onMounted } from 'vue'
import OverviewView from '@/views/OverviewView.vue'
import ScreenWatch from '@/components/screen/ScreenWatch.vue'
import ScreenRanking from '@/components/screen/ScreenRanking.vue'
import type { Published } from '@/domain/published'
import { publishedWith } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'
import { darkTheme } from '@/charts/theme'

const HOSTILE_INDICATOR = '<img src=x onerror="window.hit=1">专利授权量'
const HOSTILE_TARGET = '<b>地理标志</b>总量'
const HOSTILE_CITY = '<i>益阳</i>'

/** The embedded data with markup in the names an analyst or publisher may write into the catalogue. */
function hostilePublished(): Published {
  return publishedWith({
    indicators: (csv) =>
      csv
        .replace('patent_grants,专利授权量,', `patent_grants,"${HOSTILE_INDICATOR.replace(/"/g, '""')}",`)
        .replace('geographical_indications,地理标志总量,', `geographical_indications,${HOSTILE_TARGET},`),
    regions: (csv) => csv.replace(/^益阳市,([^,]*),([^,]*),([^,]*),益阳/m, `益阳市,$1,$2,$3,${HOSTILE_CITY}`),
  })
}

/** The chart panel without ECharts: it says it is drawn once mounted, as the real one does once painted. */
const DrawnChart = defineComponent({
  emits: ['drawn'],
  setup(_, { emit }) {
    onMounted(() => emit('drawn'))
    return () => null
  },
})

/** The overview once its chart is drawn, and the panels that wait for the chart are there too. */
async function mountOverview(published: Published) {
  const mounted = await mountWithApp(OverviewView, { published, global: { stubs: { ChartPanel: DrawnChart } } })
  await vi.waitFor(() => mounted.wrapper.get('[data-testid=watch-list]'))
  return mounted
}

describe('names of places, targets and warnings render as text, never as HTML', () => {
  const published = hostilePublished()

  it('the test data really carries the markup', () => {
    expect(published.dataset.catalogue.indicator('patent_grants')?.nameZh).toBe(HOSTILE_INDICATOR)
    expect(published.dataset.catalogue.indicator('geographical_indications')?.nameZh).toBe(HOSTILE_TARGET)
    expect(published.dataset.catalogue.region('益阳市')?.aliases[0]).toBe(HOSTILE_CITY)
  })

  it('on the overview: the watch list, the KPI marks, the targets and the rank distance', async () => {
    const { wrapper } = await mountOverview(published)
    const watch = wrapper.get('[data-testid=watch-list]')
    expect(watch.text()).toContain(`${HOSTILE_INDICATOR}最新数据为2022年`)
    expect(wrapper.get('[data-testid=targets]').text()).toContain(HOSTILE_TARGET)
    expect(wrapper.get('[data-testid=rank-gap]').text()).toContain(`距第5名（${HOSTILE_CITY} 7.66）差0.58件/万人`)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('[data-testid=targets] b').exists()).toBe(false)
    expect(wrapper.find('[data-testid=rank-gap] i').exists()).toBe(false)
  })

  it('on the screen: the warnings page and the ranking page', async () => {
    const overview = await mountOverview(published)
    const lines = overview.wrapper.findAll('[data-testid=watch-list] li')
    expect(lines.length).toBeGreaterThan(0)
    const warnings = lines.map((l) => ({
      kind: 'stale' as const,
      indicator: l.attributes('data-indicator') ?? '',
      text: l.get('.watch-text').text(),
      to: { path: '/' },
    }))
    const screen = await mountWithApp(ScreenWatch, { published, props: { warnings } })
    expect(screen.wrapper.text()).toContain(HOSTILE_INDICATOR)
    expect(screen.wrapper.find('img').exists()).toBe(false)

    const ranking = await mountWithApp(ScreenRanking, {
      published,
      props: { theme: darkTheme },
      global: { stubs: { ScreenChart: true } },
    })
    expect(ranking.wrapper.get('[data-testid=rank-gap]').text()).toContain(HOSTILE_CITY)
    expect(ranking.wrapper.find('[data-testid=rank-gap] i').exists()).toBe(false)
  })
})
