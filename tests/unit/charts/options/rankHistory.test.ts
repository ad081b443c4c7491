import { describe, expect, it } from 'vitest'
import { buildRankHistoryOption } from '@/charts/options/rankHistory'
import { lightTheme } from '@/charts/theme'
import { rankHistory } from '@/domain/province/compare'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()

describe('buildRankHistoryOption', () => {
  it('draws 衡阳’s density rank 7 → 7 → 6 on an inverted 1–14 axis', () => {
    const points = rankHistory(dataset, '湖南省', '衡阳市', 'invention_patents_per_10k').map((r) => ({
      label: r.periodKey,
      rank: r.rank,
      of: r.of,
    }))
    const option = buildRankHistoryOption({ points, seriesName: '名次', rankText: (r) => `第${r}名` }, lightTheme)
    expect((option.series as { data: number[] }[])[0]?.data).toEqual([7, 7, 6])
    expect(option.yAxis).toMatchObject({ inverse: true, min: 1, max: 14 })
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020-11', '2021-02', '2025-07'])
  })
})
