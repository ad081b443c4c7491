import { describe, expect, it } from 'vitest'
import { customEntryProblems, placeRegion, proposeRegions } from '@/domain/import/custom'
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

describe('customEntryProblems', () => {
  it('names each field of a custom entry that holds a character nobody sees', () => {
    const indicator = {
      id: 'custom:测\u200b试',
      nameZh: '测\u200b试',
      nameEn: 'Test',
      unit: '件',
      kind: 'flow' as const,
      parent: '',
      aliases: ['好', '别\ufeff名'],
    }
    const region = { name: '某县', nameEn: 'Some\u061c county', level: 'other' as const, parent: '衡阳市', aliases: [] }
    expect(
      customEntryProblems([indicator], [region], 'x.csv').map((p) => [p.file, p.params?.field, p.params?.char]),
    ).toEqual([
      ['x.csv', 'indicators[0].id', 'U+200B'],
      ['x.csv', 'indicators[0].nameZh', 'U+200B'],
      ['x.csv', 'indicators[0].aliases[1]', 'U+FEFF'],
      ['x.csv', 'regions[0].nameEn', 'U+061C'],
    ])
    expect(customEntryProblems([{ ...indicator, id: 'custom:测试', nameZh: '测试', aliases: [] }], [])).toEqual([])
  })
})
