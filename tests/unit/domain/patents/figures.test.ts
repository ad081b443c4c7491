import { describe, expect, it } from 'vitest'
import { applicantTypesOf } from '@/domain/patents/applicantTypes'
import { derivePatentFigures } from '@/domain/patents/figures'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { placeAddress, readPlaceLookup } from '@/domain/patents/place'
import { placeRecords } from '@/domain/patents/placeRecords'
import { readPatentList } from '../../../support/patentRead'
import { listCoverage, reconcilePatentFigures } from '@/domain/patents/reconcile'
import { loadCatalogue, readData } from '../../../support/embedded'

const HEADER = [
  '申请号',
  '申请日',
  '授权日',
  '专利类型',
  '专利名称',
  '申请人',
  '申请人地址',
  '当前法律状态',
  'IPC分类号',
]
const ROWS = [
  [
    '202310000001',
    '2023-03-01',
    '2024-02-10',
    '发明',
    '甲',
    '示例理工大学',
    '湖南省衡阳市衡阳县西渡镇示例路1号',
    '有效',
    'H01M 10/05',
  ],
  [
    '201310000002',
    '2013-01-05',
    '2015-06-01',
    '发明',
    '乙',
    '示例重工有限公司',
    '湖南省耒阳市蔡子池街道示例路2号',
    '有效',
    'B23K 1/00',
  ],
  [
    '202320000003',
    '2023-06-01',
    '2023-12-01',
    '实用新型',
    '丙',
    '示例重工有限公司',
    '衡阳高新区示例大道3号',
    '有效',
    'B23K 3/00',
  ],
  [
    '202330000004',
    '2023-05-01',
    '2023-10-01',
    '外观设计',
    '丁',
    '长沙示例有限公司',
    '湖南省长沙市岳麓区示例路4号',
    '有效',
    '',
  ],
  [
    '202410000005',
    '2024-03-01',
    '',
    '发明',
    '戊',
    '示例重工有限公司',
    '湖南省衡阳市示例路5号',
    '实质审查',
    'G06F 9/00',
  ],
  [
    '202410000006',
    '2024-01-10',
    '2024-08-02',
    '发明',
    '己',
    '示例理工大学',
    '湖南省衡阳市衡阳县西渡镇示例路1号',
    '有效',
    'H01M 4/36',
  ],
]

function derive() {
  const all = [HEADER, ...ROWS]
  const { list, problems } = readPatentList(all, detectPatentList(all)!, { file: 'list.xlsx', exported: 20240815 })
  const lookup = readPlaceLookup(readData('places.csv'))
  const places = placeRecords(list, (a) => placeAddress(a, lookup), '衡阳市')
  const catalogue = loadCatalogue()
  const figures = derivePatentFigures(list, places, {
    home: '衡阳市',
    catalogue,
    applicantTypes: applicantTypesOf(list.records),
  })
  return { list, places, problems, figures }
}
const valueOf = (figures: ReturnType<typeof derive>['figures'], indicator: string, region: string, periodKey: string) =>
  figures.find((f) => f.indicator === indicator && f.region === region && f.periodKey === periodKey)?.value

describe('derivePatentFigures', () => {
  const { list, places, problems, figures } = derive()

  it('places each record by its first applicant', () => {
    expect(problems).toEqual([])
    expect(places.counts).toEqual({ county: 3, park: 1, unplaced: 1, outside: 1 })
  })

  it.each([
    ['patent_applications', '衡阳市', '2023', 2],
    ['patent_applications', '衡阳市', '2013', 1],
    ['patent_applications', '耒阳市', '2013', 1],
    ['patent_applications', '衡阳市', '2024-01..07', 2],
    ['patent_applications', '衡阳市', '2024-01..02', 1],
    ['invention_applications', '衡阳县', '2024-01..07', 1],
    ['patent_grants', '衡阳市', '2023', 1],
    ['utility_model_grants', '衡阳市', '2023', 1],
    ['utility_model_grants', '高新区', '2023', undefined],
    ['design_grants', '衡阳市', '2023', 0],
    ['invention_grants', '衡阳市', '2024-01..07', 1],
    ['patent_grants_university', '衡阳县', '2024-01..07', 1],
    ['patent_grants_service', '衡阳市', '2015', 1],
    ['patent_grants', '衡阳市', '2024-01..08', undefined],
    ['valid_invention_patents', '衡阳市', '2024-08', 3],
    ['valid_invention_patents', '衡阳县', '2024-08', 2],
    ['valid_invention_patents', '耒阳市', '2024-08', 1],
    ['valid_invention_patents', '珠晖区', '2024-08', 0],
    ['valid_invention_patents_university', '衡阳市', '2024-08', 2],
    ['valid_invention_patents_enterprise', '衡阳市', '2024-08', 1],
    ['valid_invention_patents_over_10_years', '衡阳市', '2024-08', 1],
    ['high_value_invention_patents_proxy', '衡阳市', '2024-08', 1],
    ['high_value_invention_patents', '衡阳市', '2024-08', undefined],
    ['valid_invention_patents_family_abroad', '衡阳市', '2024-08', undefined],
  ])('%s of %s at %s is %s', (indicator, region, period, value) => {
    expect(valueOf(figures, indicator, region, period)).toBe(value)
  })

  it('names the file, the export date, the record count and the rule', () => {
    const f = figures.find((o) => o.indicator === 'high_value_invention_patents_proxy' && o.region === '衡阳市')
    expect(f).toMatchObject({
      status: 'actual',
      unit: '件',
      source: 'computed from list.xlsx, exported 2024-08-15, 6 records',
      note: 'docs/patents.md#high-value-proxy (维持年限超过10年)',
    })
  })

  it('sets the city’s figure beside the published one, and returns the rest apart', () => {
    const published = [
      {
        ...figures.find((o) => o.indicator === 'valid_invention_patents' && o.region === '衡阳市')!,
        value: 5,
        source: 'http://example.org/t',
      },
    ]
    const { rows, unpublished } = reconcilePatentFigures(figures, published)
    expect(rows).toEqual([
      {
        indicator: 'valid_invention_patents',
        region: '衡阳市',
        periodKey: '2024-08',
        derived: 3,
        published: 5,
        gap: -2,
        share: 0.6,
        source: 'http://example.org/t',
      },
    ])
    expect(unpublished.length).toBe(figures.length - 1)
    expect(listCoverage(list, places)).toMatchObject({
      records: 6,
      firstFiled: 20130105,
      lastFiled: 20240301,
      outside: 1,
      unplaced: 1,
      parks: 1,
    })
  })
})
