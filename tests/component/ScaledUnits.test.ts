import { describe, expect, it } from 'vitest'
import ScaledUnits from '@/components/import/ScaledUnits.vue'
import type { ScaledUnit } from '@/domain/import/scaledUnits'
import { mountWithApp } from '../support/mountApp'

const units: ScaledUnit[] = [{ unit: '万件', expected: '件', factor: 10_000, row: 5, column: 1, count: 12 }]

describe('a unit read with its multiplier', () => {
  it.each([
    ['zh', '“万件”按“件”读取，数值已乘以 10000（首见于第 5 行 A 列，共 12 个数）'],
    ['en', '“万件” read in 件: figures multiplied by 10,000 (Row 5, column A first; 12 figures)'],
  ] as const)('is said in %s', async (lang, said) => {
    const { wrapper } = await mountWithApp(ScaledUnits, { props: { units }, lang })
    expect(wrapper.get('[data-testid=scaled-units] li').text()).toBe(said)
  })

  it('says nothing when no unit was scaled', async () => {
    const { wrapper } = await mountWithApp(ScaledUnits, { props: { units: [] } })
    expect(wrapper.find('[data-testid=scaled-units]').exists()).toBe(false)
  })
})
