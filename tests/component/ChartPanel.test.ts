import { describe, expect, it, vi } from 'vitest'
import ChartPanel from '@/components/chart/ChartPanel.vue'
import { mountWithApp } from '../support/mountApp'

const table = {
  columns: ['时期', '数值'],
  rows: [
    ['2022年末', '3176件'],
    ['截至2025年7月', '4558件'],
  ],
}

describe('ChartPanel', () => {
  it('switches between the chart and a table with the same numbers', async () => {
    const { wrapper } = await mountWithApp(ChartPanel, {
      props: { title: '衡阳市 · 有效发明专利量趋势', option: {}, table, fileName: 'x' },
      global: { stubs: { Echarts: { template: '<div class="chart-stub" />' } } },
    })
    // The chart starts in the task after the view is mounted.
    expect(wrapper.find('.chart-stub').exists()).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 0))
    await wrapper.vm.$nextTick()
    expect(wrapper.find('.chart-stub').exists()).toBe(true)
    expect(wrapper.find('table').exists()).toBe(false)
    // A screen reader hears the figures the chart draws, named by row and column.
    const described = wrapper.get('.chart-stub').attributes('aria-describedby')
    expect(wrapper.get(`[id="${described}"]`).text()).toContain('4558')
    await wrapper.get('button[aria-pressed]').trigger('click')
    expect(wrapper.find('.chart-stub').exists()).toBe(false)
    // The table view's code loads when first asked for.
    await vi.waitFor(() => expect(wrapper.find('tbody tr').exists()).toBe(true))
    expect(wrapper.findAll('tbody tr').map((r) => r.findAll('td').map((td) => td.text()))).toEqual([
      ['2022年末', '3176件'],
      ['截至2025年7月', '4558件'],
    ])
    expect(wrapper.get('caption').text()).toBe('衡阳市 · 有效发明专利量趋势')
    expect(wrapper.get('button[aria-pressed]').text()).toBe('图表')
  })

  it('renders markup in table cells as text', async () => {
    const { wrapper } = await mountWithApp(ChartPanel, {
      props: {
        title: 't',
        option: {},
        table: { columns: ['a'], rows: [['<img src=x onerror=alert(1)>']] },
        fileName: 'x',
      },
      global: { stubs: { Echarts: { template: '<div />' } } },
    })
    expect(wrapper.find('.visually-hidden img').exists()).toBe(false)
    await wrapper.get('button[aria-pressed]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('td').exists()).toBe(true))
    expect(wrapper.find('td img').exists()).toBe(false)
    expect(wrapper.get('td').text()).toBe('<img src=x onerror=alert(1)>')
  })
})
