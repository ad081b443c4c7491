import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import KpiCard from '@/components/kpi/KpiCard.vue'
import { useDrillLink } from '@/composables/patents/useDrillLink'
import { headline } from '@/domain/narrative/headline'
import { loadEmbedded } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'

const embedded = loadEmbedded()
const withRecords = { ...embedded, patents: true }
const card = (id: string) => {
  const h = headline(embedded.dataset, '衡阳市', id)
  if (!h) throw new Error(`no headline for ${id}`)
  return h
}
const drillOf = async (region: string, published = withRecords) => {
  const Probe = defineComponent(() => {
    const drill = useDrillLink()
    return () => h('output', JSON.stringify(drill(region, { by: 'grants' }) ?? null))
  })
  const { wrapper } = await mountWithApp(Probe, { published })
  return JSON.parse(wrapper.text()) as unknown
}

describe('links into the drill-through', () => {
  it('lead from a card of a figure the records make, ranked as the card counts, in the card’s year', async () => {
    const { wrapper } = await mountWithApp(KpiCard, {
      published: withRecords,
      props: { headline: card('patent_grants'), selected: false },
    })
    const link = wrapper.get('.kpi-drill')
    expect(link.text()).toBe('按区县、主体查看')
    expect(link.attributes('href')).toBe('/applicants?by=grants&year=2022')
  })

  it('keep the reader’s language', async () => {
    const { wrapper, router } = await mountWithApp(KpiCard, {
      lang: 'en',
      published: withRecords,
      props: { headline: card('valid_invention_patents'), selected: false },
    })
    await router.push('/?lang=en')
    expect(wrapper.get('.kpi-drill').attributes('href')).toBe('/applicants?lang=en')
    expect(wrapper.get('.kpi-drill').text()).toBe('By county and applicant')
  })

  it('are not on a card of a figure the records do not make, nor without published records', async () => {
    const other = await mountWithApp(KpiCard, {
      published: withRecords,
      props: { headline: card('invention_patents_per_10k'), selected: false },
    })
    expect(other.wrapper.find('.kpi-drill').exists()).toBe(false)
    const none = await mountWithApp(KpiCard, { props: { headline: card('patent_grants'), selected: false } })
    expect(none.wrapper.find('.kpi-drill').exists()).toBe(false)
  })

  it('lead from the home city’s counties, not from other cities or their counties', async () => {
    expect(await drillOf('蒸湘区')).toEqual({ path: '/applicants', query: { region: '蒸湘区', by: 'grants' } })
    expect(await drillOf('衡阳市')).toEqual({ path: '/applicants', query: { by: 'grants' } })
    expect(await drillOf('长沙市')).toBeNull()
    expect(await drillOf('蒸湘区', embedded)).toBeNull()
  })
})
