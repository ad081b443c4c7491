import { describe, expect, it } from 'vitest'
import NarrativePanel from '@/components/narrative/NarrativePanel.vue'
import { Dataset } from '@/domain/dataset'
import { loadEmbedded } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'

const published = loadEmbedded()
const hostile = 'javascript:alert(1)'

describe('the statistics paragraph panel', () => {
  it('links each figure to its http(s) source, in the reader’s language', async () => {
    const { wrapper } = await mountWithApp(NarrativePanel, { props: { region: '衡阳市' }, lang: 'en' })
    expect(wrapper.get('.panel-title').text()).toBe('The figures in words')
    const figure = wrapper.findAll('a.narrative-figure').find((a) => a.text() === '4,558')
    expect(figure?.attributes('href')).toMatch(/^http:\/\/www\.huaihua\.gov\.cn\//)
    expect(figure?.attributes('rel')).toBe('noopener noreferrer')
  })

  it('shows a source that is not an http(s) URL as text, never as a link', async () => {
    const observations = published.dataset.observations.map((o) =>
      o.region === '衡阳市' && o.indicator === 'valid_invention_patents' && o.periodKey === '2025-07'
        ? { ...o, source: hostile }
        : o,
    )
    const dataset = new Dataset(observations, published.catalogue)
    const { wrapper } = await mountWithApp(NarrativePanel, {
      props: { region: '衡阳市' },
      published: { ...published, dataset },
    })
    expect(wrapper.find('a[href*="javascript"]').exists()).toBe(false)
    expect(wrapper.get('.narrative-text').text()).toContain(`4558件：${hostile}`)
  })
})
