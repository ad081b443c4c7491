import { describe, it, expect } from 'vitest'
import { cityRanking } from '@/domain/province/compare'
import { rankBy } from '@/domain/province/rank'
import { rankNeighbours } from '@/domain/province/rankGap'
import { loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

describe('rankNeighbours in the embedded July 2025 density table', () => {
  const { dataset } = loadEmbedded()
  const ranked = cityRanking(dataset, '湖南省', 'invention_patents_per_10k', '2025-07')

  it('puts 衡阳 (7.08, 6th) 0.58 behind 5th place 益阳 (7.66) and 0.23 ahead of 7th place 岳阳 (6.85)', () => {
    expect(rankNeighbours(ranked, '衡阳市')).toEqual({
      above: { region: '益阳市', rank: 5, value: 7.66, gap: 0.58 },
      below: { region: '岳阳市', rank: 7, value: 6.85, gap: 0.23 },
    })
  })

  it.each([
    ['the first city has only a place below', '长沙市', ['below']],
    ['the last city has only a place above', ranked.at(-1)?.item.region ?? '', ['above']],
    ['a city not in the table has neither', '衡东县', []],
  ])('%s', (_, region, sides) => {
    expect(Object.keys(rankNeighbours(ranked, region))).toEqual(sides)
  })
})

describe('rankNeighbours with ties', () => {
  const table = [
    obs('2025', 9, { region: 'A' }),
    obs('2025', 7, { region: 'B' }),
    obs('2025', 7, { region: 'C' }),
    obs('2025', 5.5, { region: 'D' }),
  ]
  const ranked = rankBy(table, (o) => o.value)

  it('skips a city tied with the region: the places above and below have other figures', () => {
    expect(rankNeighbours(ranked, 'C')).toEqual({
      above: { region: 'A', rank: 1, value: 9, gap: 2 },
      below: { region: 'D', rank: 4, value: 5.5, gap: 1.5 },
    })
  })
})
