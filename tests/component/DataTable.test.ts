import { describe, expect, it } from 'vitest'
import DataTable from '@/components/chart/DataTable.vue'
import { mountWithApp } from '../support/mountApp'

// A chart's table view over a long imported series: one row a month from 1900 on.
const rows = Array.from({ length: 3_000 }, (_, i) => [`${1900 + Math.floor(i / 12)}年${(i % 12) + 1}月`, i * 7])

describe('a chart table of 3,000 periods', () => {
  it('shows a hundred rows a page, and the next hundred on the next', async () => {
    const { wrapper } = await mountWithApp(DataTable, {
      props: { table: { columns: ['时期', '衡阳市'], rows }, caption: '专利授权量' },
    })
    const firstCells = () => wrapper.findAll('tbody tr').map((tr) => tr.find('td').text())
    expect(firstCells()).toHaveLength(100)
    expect(firstCells()[0]).toBe('1900年1月')
    expect(wrapper.get('[data-testid=page-range]').text()).toBe('第 1–100 项，共 3000 项')
    await wrapper.get('[data-testid=page-next]').trigger('click')
    expect(firstCells()[0]).toBe('1908年5月')
    expect(wrapper.findAll('tbody tr')[0]?.findAll('td')[1]?.text()).toBe('700')
  })
})
