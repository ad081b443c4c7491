import { describe, expect, it } from 'vitest'
import KpiCard from '@/components/kpi/KpiCard.vue'
import { headline } from '@/domain/narrative/headline'
import { loadEmbedded } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'

const { dataset } = loadEmbedded()
const card = (id: string, asOf?: number) => {
  const h = headline(dataset, '衡阳市', id, asOf)
  if (!h) throw new Error(`no headline for ${id}`)
  return h
}
const text = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('KpiCard', () => {
  it('shows 衡阳’s valid invention patents as of July 2025 and the change since the end of 2022', async () => {
    const { wrapper } = await mountWithApp(KpiCard, {
      props: { headline: card('valid_invention_patents'), selected: false },
    })
    expect(wrapper.get('[data-testid=kpi-value]').text()).toBe('4558')
    expect(wrapper.get('.kpi-period').text()).toBe('截至2025年7月')
    expect(text(wrapper.get('.kpi-change').text())).toBe('较2022年末 +43.5%（3176件）')
    expect(wrapper.get('.kpi-change').classes()).toContain('tone-up')
  })

  it('shows the 2022 patent grants, says there is no YoY base, and gives the Jan–Aug 2023 figure', async () => {
    const { wrapper } = await mountWithApp(KpiCard, { props: { headline: card('patent_grants'), selected: true } })
    expect(wrapper.get('[data-testid=kpi-value]').text()).toBe('5183')
    expect(wrapper.get('.kpi-period').text()).toBe('2022年')
    expect(wrapper.get('.kpi-change').text()).toBe('无可比数据')
    expect(wrapper.text()).toContain('2023年1—8月：3018件')
    expect(wrapper.get('.kpi-hit').attributes('aria-pressed')).toBe('true')
  })

  it('shows the bulletin’s ×1.96 against 2019 when looking at 2022', async () => {
    const { wrapper } = await mountWithApp(KpiCard, {
      props: { headline: card('valid_invention_patents', 2022), selected: false },
    })
    expect(wrapper.get('[data-testid=kpi-value]').text()).toBe('3176')
    expect(wrapper.text()).toContain('较3年前（2019年末） ×1.96')
  })

  it('warns that density bases may differ and links the source', async () => {
    const { wrapper } = await mountWithApp(KpiCard, {
      props: { headline: card('invention_patents_per_10k'), selected: false },
    })
    expect(wrapper.get('[data-testid=kpi-value]').text()).toBe('7.08')
    expect(wrapper.get('.kpi-caveat').text()).toBe('人口基数可能不同，仅供参考')
    expect(wrapper.get('.kpi-source').attributes('href')).toBe(
      'http://www.huaihua.gov.cn/amr/c110025/202509/37da8cfd19c64f1cbf45720aad244168.shtml',
    )
  })

  it('speaks English with English number grouping', async () => {
    const { wrapper } = await mountWithApp(KpiCard, {
      lang: 'en',
      props: { headline: card('valid_trademarks'), selected: false },
    })
    expect(wrapper.get('.kpi-name').text()).toBe('Valid registered trademarks')
    expect(wrapper.get('[data-testid=kpi-value]').text()).toBe('59,590')
    expect(wrapper.get('.kpi-period').text()).toBe('end of 2022')
    expect(text(wrapper.get('.kpi-change').text())).toBe('vs end of Oct 2022 +5.4% (56,533)')
  })

  it('emits select when the card is pressed', async () => {
    const { wrapper } = await mountWithApp(KpiCard, { props: { headline: card('pct_applications'), selected: false } })
    await wrapper.get('.kpi-hit').trigger('click')
    expect(wrapper.emitted('select')).toHaveLength(1)
  })
})
