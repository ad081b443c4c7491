import { describe, expect, it } from 'vitest'
import FigureChecks from '@/components/bulletin/FigureChecks.vue'
import { loadEmbedded } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'
import { Dataset } from '@/domain/dataset'

const published = loadEmbedded()
const item = published.bulletins[0]?.items.find((i) => i.date === '2023-04-25')
if (!item) throw new Error('the 2023-04-25 item is missing')

describe('FigureChecks', () => {
  it('marks all six figures the press conference cited as matching the dataset', async () => {
    const { wrapper } = await mountWithApp(FigureChecks, { props: { item } })
    const rows = wrapper.findAll('li[data-status]')
    expect(rows.map((r) => r.attributes('data-status'))).toEqual(['match', 'match', 'match', 'match', 'match', 'match'])
    expect(rows[0]?.text()).toContain('衡阳市 2022年 专利授权量 5183件 — 一致')
  })

  it('recomputes “较3年前均实现翻番”: valid invention patents 1623 → 3176 is ×1.96', async () => {
    const { wrapper } = await mountWithApp(FigureChecks, { props: { item } })
    const holds = wrapper.findAll('[data-holds]')
    expect(holds.map((h) => h.attributes('data-holds'))).toEqual(['null', 'true', 'null', 'null', 'null', 'null'])
    expect(holds[1]?.text()).toContain('有效发明专利量：1623件 → 3176件，×1.96，符合')
  })

  it('shows both values when the dataset differs from the bulletin', async () => {
    const changed = published.dataset.observations.map((o) =>
      o.region === '衡阳市' && o.periodKey === '2022' && o.indicator === 'patent_grants' ? { ...o, value: 5200 } : o,
    )
    const { wrapper } = await mountWithApp(FigureChecks, {
      props: { item },
      published: { ...published, dataset: new Dataset(changed, published.dataset.catalogue) },
    })
    const first = wrapper.findAll('li[data-status]')[0]
    expect(first?.attributes('data-status')).toBe('differs')
    expect(first?.text()).toContain('不一致：简报 5183件，数据集 5200件')
    expect(first?.text()).toContain('⚠')
  })
})
