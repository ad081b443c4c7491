import { describe, expect, it } from 'vitest'
import CompareView from '@/views/CompareView.vue'
import ChartPanel from '@/components/chart/ChartPanel.vue'
import type { Manifest, Published } from '@/domain/published'
import { loadCatalogue, publishedWith } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'

/** The embedded data, with whatever the test adds to observations.csv and manifest.json. */
const publishedAdding = (extraRows: string, manifest: Partial<Manifest> = {}): Published =>
  publishedWith({ manifest, observations: (csv) => csv.replace(/\n?$/, '\n') + extraRows })

const cities = loadCatalogue()
  .citiesOf('湖南省')
  .map((c) => c.name)

// Made-up test figures, never published: a Jan–Sep 2023 grants table of every city.
const janToSep = cities
  .map((city, i) => `${city},2023-01..09,patent_grants,${9000 - i * 100},件,actual,test,\n`)
  .join('')

// The panels' props are what is asserted; no chart is drawn.
const mountCompare = (published: Published, lang: 'zh' | 'en' = 'zh') =>
  mountWithApp(CompareView, { published, lang, global: { stubs: { ChartPanel: true } } })

async function flowPanel(published: Published, lang: 'zh' | 'en' = 'zh') {
  const { wrapper } = await mountCompare(published, lang)
  const panels = wrapper.findAllComponents(ChartPanel)
  const panel = panels.find((p) => p.props('fileName').startsWith('patent-grants-'))
  if (!panel) throw new Error(`no grants panel among ${panels.map((p) => p.props('fileName')).join(', ')}`)
  return panel
}

describe('the compare page’s grants chart follows the data', () => {
  it('ranks the Jan–Aug 2023 table of the published data', async () => {
    const panel = await flowPanel(publishedAdding(''))
    expect(panel.props('title')).toBe('2023年1—8月专利授权量')
    expect(panel.props('fileName')).toBe('patent-grants-2023-01-08')
  })

  it('moves to a newer Jan–Sep table of all the cities when one is published', async () => {
    const panel = await flowPanel(publishedAdding(janToSep))
    expect(panel.props('title')).toBe('2023年1—9月专利授权量')
    expect(panel.props('fileName')).toBe('patent-grants-2023-01-09')
    expect(panel.props('table').rows[0]).toEqual([1, cities[0], 9000, '件'])
    expect(panel.props('table').rows).toHaveLength(14)
  })

  it('keeps the older table while the newer one lacks a city', async () => {
    const panel = await flowPanel(publishedAdding(janToSep.split('\n').slice(1).join('\n')))
    expect(panel.props('fileName')).toBe('patent-grants-2023-01-08')
  })

  it('titles it in English too', async () => {
    const panel = await flowPanel(publishedAdding(janToSep), 'en')
    expect(panel.props('title')).toBe('Patent grants, Jan–Sep 2023')
  })

  it('ranks the flow the manifest names', async () => {
    const designs = cities.map((city, i) => `${city},2023-01..09,design_grants,${500 + i},件,actual,test,\n`).join('')
    const { wrapper } = await mountCompare(publishedAdding(designs, { compare: { flow: 'design_grants' } }))
    const panel = wrapper.findAllComponents(ChartPanel).find((p) => p.props('fileName') === 'design-grants-2023-01-09')
    expect(panel?.props('title')).toBe('2023年1—9月外观设计专利授权量')
  })
})
