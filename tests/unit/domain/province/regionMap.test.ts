import { describe, expect, it } from 'vitest'
import { mappableIndicators, regionFigures } from '@/domain/province/regionMap'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()
const cities = dataset.catalogue.citiesOf('湖南省').map((c) => c.name)
const counties = dataset.catalogue.childrenOf('衡阳市').map((c) => c.name)

describe('regionFigures', () => {
  it('gives all 14 cities their density of July 2025, 衡阳 7.08 and 长沙 77.23', () => {
    const figures = regionFigures(dataset, cities, 'invention_patents_per_10k', '2025-07')
    expect(figures).toHaveLength(14)
    expect(figures.every((f) => f.value !== null)).toBe(true)
    expect(figures.find((f) => f.region === '衡阳市')?.value).toBe(7.08)
    expect(figures.find((f) => f.region === '长沙市')?.value).toBe(77.23)
  })

  it("lists 衡阳's 12 counties and districts with no figure at a province table date, none made up", () => {
    expect(counties).toHaveLength(12)
    const figures = regionFigures(dataset, counties, 'invention_patents_per_10k', '2025-07')
    expect(figures.map((f) => f.value)).toEqual(Array(12).fill(null))
  })

  it('gives a county the figure it has at exactly that period (衡东县, 2020: 1.75)', () => {
    const figures = regionFigures(dataset, counties, 'invention_patents_per_10k', '2020')
    expect(figures.filter((f) => f.value !== null)).toEqual([{ region: '衡东县', value: 1.75 }])
  })
})

describe('mappableIndicators', () => {
  it('keeps the candidates tabled for the province, each once, and drops the rest', () => {
    expect(
      mappableIndicators(dataset, '湖南省', [
        'invention_patents_per_10k',
        'valid_invention_patents',
        'invention_patents_per_10k',
        'pct_applications',
        '',
      ]),
    ).toEqual(['invention_patents_per_10k', 'valid_invention_patents'])
  })
})
