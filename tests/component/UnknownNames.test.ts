import { describe, expect, it } from 'vitest'
import UnknownNames from '@/components/import/UnknownNames.vue'
import type { Indicator, Region } from '@/domain/catalogue'
import type { UnknownName } from '@/domain/import/unknownNames'
import { mountWithApp } from '../support/mountApp'

const regions: UnknownName[] = Array.from({ length: 10_000 }, (_, i) => ({
  name: `乡镇${i + 1}`,
  row: i + 2,
  column: 1,
  count: 100,
}))
/** What the component asked to add, the one time it asked. */
function accepted(wrapper: Awaited<ReturnType<typeof mountNames>>): [Indicator[], Region[]] {
  const events = wrapper.emitted<[Indicator[], Region[]]>('accept') ?? []
  expect(events).toHaveLength(1)
  return events[0] as [Indicator[], Region[]]
}

const indicators: UnknownName[] = [{ name: '专利质押登记', row: 1, column: 3, unit: '项', count: 12 }]

async function mountNames() {
  return (await mountWithApp(UnknownNames, { props: { indicators, regions, homeRegion: '衡阳市' } })).wrapper
}

describe('the unknown names of a file naming 10,000 places', () => {
  it('shows them twenty at a time, and pages through them', async () => {
    const wrapper = await mountNames()
    expect(wrapper.findAll('li')).toHaveLength(20)
    expect(wrapper.get('[data-testid=page-range]').text()).toBe('第 1–20 项，共 10001 项')
    expect(wrapper.findAll('li')[0]?.text()).toContain('指标“专利质押登记”')
    await wrapper.get('[data-testid=page-next]').trigger('click')
    expect(wrapper.findAll('li')[0]?.text()).toContain('地区“乡镇20”')
    expect(wrapper.get('[data-testid=page-range]').text()).toBe('第 21–40 项，共 10001 项')
  })

  it('finds names by a search, and adds only those matching in one action, as placed', async () => {
    const wrapper = await mountNames()
    await wrapper.get('[data-testid=unknown-search]').setValue('乡镇123')
    const shown = wrapper.findAll('li').map((li) => li.text())
    expect(shown).toHaveLength(11)
    expect(shown[0]).toContain('地区“乡镇123”（第 124 行，100 处）')
    await wrapper.findAll('[data-testid=region-place]')[0]?.setValue('湖南省')
    await wrapper.get('[data-testid=accept-matching]').trigger('click')
    const [added, placed] = accepted(wrapper)
    expect(added).toEqual([])
    expect(placed.map((r) => r.name)).toEqual(['乡镇123', ...Array.from({ length: 10 }, (_, i) => `乡镇123${i}`)])
    expect(placed[0]).toMatchObject({ parent: '湖南省', level: 'city' })
    expect(placed[1]).toMatchObject({ parent: '衡阳市', level: 'other' })
  })

  it('adds every name, on every page, in one action', async () => {
    const wrapper = await mountNames()
    expect(wrapper.get('[data-testid=accept-names]').text()).toBe('全部 10001 个名称添加并重新检查')
    await wrapper.get('[data-testid=accept-names]').trigger('click')
    const [added, placed] = accepted(wrapper)
    expect(added.map((i) => i.nameZh)).toEqual(['专利质押登记'])
    expect(placed).toHaveLength(10_000)
  })
})
