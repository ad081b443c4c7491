import { describe, expect, it } from 'vitest'
import { populationBases } from '@/domain/province/populationBase'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()

describe('population bases of a density’s tables', () => {
  it('merge 衡阳’s equal 2020-11 and 2021-02 bases, then the 2025-07 one', () => {
    expect(populationBases(dataset, '衡阳市', 'resident_population', ['2020-11', '2021-02', '2025-07'])).toEqual([
      { fromYear: 2020, toYear: 2021, value: 730.06, unit: '万人' },
      { fromYear: 2025, toYear: 2025, value: 643.43, unit: '万人' },
    ])
  })

  it('skip table dates without a population figure', () => {
    expect(populationBases(dataset, '衡阳市', 'resident_population', ['2020-11', '1999-01'])).toEqual([
      { fromYear: 2020, toYear: 2020, value: 730.06, unit: '万人' },
    ])
    expect(populationBases(dataset, '衡阳市', 'no_such', ['2020-11'])).toEqual([])
  })
})
