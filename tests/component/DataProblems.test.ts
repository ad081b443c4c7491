import { describe, expect, it, vi } from 'vitest'
import DataProblems from '@/components/layout/DataProblems.vue'
import { publishedWith } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'

/** The embedded data with one figure a publisher mistyped: 5l83 for 5183. */
const withTypo = () =>
  publishedWith({
    observations: (csv) => csv.replace('衡阳市,2022,patent_grants,5183,', '衡阳市,2022,patent_grants,5l83,'),
  })

describe('problems in the published data', () => {
  it('are listed above every view, each at its file, row and column, in the reader’s language', async () => {
    const published = withTypo()
    expect(published.problems).toHaveLength(1)
    const { wrapper } = await mountWithApp(DataProblems, { published })
    await vi.waitFor(() => expect(wrapper.find('.data-problems').exists()).toBe(true))
    expect(wrapper.get('summary').text()).toBe('数据文件中有 1 处问题，相关数字未显示')
    expect(wrapper.get('li').text()).toMatch(/^observations\.csv 第 2 行 D 列：.*5l83/)
  })

  it('show nothing when the data has none', async () => {
    const { wrapper } = await mountWithApp(DataProblems)
    expect(wrapper.find('.data-problems').exists()).toBe(false)
  })
})
