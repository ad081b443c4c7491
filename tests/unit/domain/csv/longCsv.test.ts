import { describe, expect, it } from 'vitest'
import { longRows, templateRows } from '@/domain/csv/longCsv'
import { loadEmbedded } from '../../../support/embedded'

const { dataset, settings } = loadEmbedded()

describe('exporting all figures', () => {
  it('writes every figure in the canonical long format, with its source and note', () => {
    const rows = longRows(dataset.observations)
    expect(rows[0]).toEqual(['region', 'period', 'indicator', 'value', 'unit', 'status', 'source', 'note'])
    expect(rows).toHaveLength(dataset.observations.length + 1)
    expect(rows).toContainEqual([
      '衡阳市',
      '2022',
      'patent_grants',
      5183,
      '件',
      'actual',
      'https://www.hengyang.gov.cn/amr/ztzl/yhyshj/zscqczyyhbh/zscqggfw/20230619/i3033276.html',
      '全年专利授权5183件',
    ])
  })

  it('offers a template with a year total and a level as of a month, both real', () => {
    expect(templateRows(dataset, '衡阳市', settings.lead).map((r) => r.slice(0, 4))).toEqual([
      ['region', 'period', 'indicator', 'value'],
      ['衡阳市', '2022', 'patent_grants', 5183],
      ['衡阳市', '2025-07', 'valid_invention_patents', 4558],
    ])
  })
})
