import { describe, expect, it } from 'vitest'
import { placeRegion, proposeRegions } from '@/domain/import/custom'
import { loadCatalogue } from '../../../support/embedded'

const catalogue = loadCatalogue()
const [proposed] = proposeRegions([{ name: '湘江新区', row: 2, column: 1, count: 1 }], '衡阳市')

describe('placeRegion', () => {
  it('makes a custom region a city of the province it is placed under', () => {
    const hunan = catalogue.region('湖南省')
    if (!proposed || !hunan) throw new Error('fixture')
    expect(proposed).toMatchObject({ level: 'other', parent: '衡阳市' })
    expect(placeRegion(proposed, hunan)).toEqual({
      name: '湘江新区',
      nameEn: '湘江新区',
      level: 'city',
      parent: '湖南省',
      aliases: [],
    })
  })

  it('makes it a place within a city again when placed back', () => {
    const hunan = catalogue.region('湖南省')
    const hengyang = catalogue.region('衡阳市')
    if (!proposed || !hunan || !hengyang) throw new Error('fixture')
    expect(placeRegion(placeRegion(proposed, hunan), hengyang)).toEqual(proposed)
  })
})
