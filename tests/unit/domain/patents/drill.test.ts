import { describe, expect, it } from 'vitest'
import { applicantTypesOf } from '@/domain/patents/applicantTypes'
import { bySector, PatentIndex } from '@/domain/patents/drill'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { placeAddress, readPlaceLookup } from '@/domain/patents/place'
import { countiesOf, placeRecords } from '@/domain/patents/placeRecords'
import { readPatentList } from '../../../support/patentRead'
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
const at = {
  衡阳县: '湖南省衡阳市衡阳县西渡镇示例路1号',
  耒阳市: '湖南省耒阳市示例路2号',
  长沙: '湖南省长沙市示例路3号',
  市: '湖南省衡阳市示例路',
}
const ROWS = [
  [
    '202310000001',
    '2023-03-01',
    '2024-02-10',
    '发明',
    '甲',
    '示例理工大学；示例科技有限公司',
    at.衡阳县,
    '有效',
    'H01M 10/05',
  ],
  ['202310000002', '2023-03-02', '2024-05-10', '发明', '乙', '示例理工大学', at.衡阳县, '有效', 'H01M 4/36'],
  ['202320000003', '2023-03-03', '2023-09-10', '实用新型', '丙', '示例理工大学', at.耒阳市, '有效', 'B23K 1/00'],
  ['202310000004', '2022-03-04', '2023-11-10', '发明', '丁', '示例重工有限公司', at.耒阳市, '有效', 'B23K 3/00'],
  ['202320000005', '2022-03-05', '2023-01-10', '实用新型', '戊', '示例重工有限公司', at.耒阳市, '有效', 'B23K 3/00'],
  ['202320000006', '2022-03-06', '2023-02-10', '实用新型', '己', '示例重工有限公司', at.市, '失效', 'B23K 3/00'],
  ['202310000007', '2022-03-07', '2023-02-10', '发明', '庚', '长沙示例有限公司', at.长沙, '有效', 'G06F 3/00'],
]

describe('PatentIndex', () => {
  const all = [HEADER, ...ROWS]
  const { list } = readPatentList(all, detectPatentList(all)!, { file: 'list.csv', exported: 20250715 })
  const places = placeRecords(list, (a) => placeAddress(a, readPlaceLookup(readData('places.csv'))), '衡阳市')
  const index = new PatentIndex(
    list.records,
    places,
    applicantTypesOf(list.records),
    '衡阳市',
    countiesOf(loadCatalogue(), '衡阳市'),
  )

  it('totals the city and each county, leaving out records elsewhere', () => {
    const totals = index.regions()
    expect(totals[0]).toEqual({ region: '衡阳市', applications: 6, grants: 6, validInventions: 3 })
    expect(totals.find((t) => t.region === '衡阳县')).toEqual({
      region: '衡阳县',
      applications: 2,
      grants: 2,
      validInventions: 2,
    })
    expect(totals.find((t) => t.region === '珠晖区')).toEqual({
      region: '珠晖区',
      applications: 0,
      grants: 0,
      validInventions: 0,
    })
  })

  it('ranks applicants by valid inventions, and by grants in a year', () => {
    expect(
      index.applicants('衡阳市', 'validInventions').map((a) => [a.name, a.validInventions, a.region, a.type]),
    ).toEqual([
      ['示例理工大学', 2, '衡阳县', 'university'],
      ['示例重工有限公司', 1, '耒阳市', 'enterprise'],
    ])
    expect(index.applicants('衡阳市', 'grants', { year: 2023 }).map((a) => [a.name, a.grants])).toEqual([
      ['示例重工有限公司', 3],
      ['示例理工大学', 1],
    ])
    expect(index.applicants('耒阳市', 'grants', { limit: 1 }).map((a) => a.name)).toEqual(['示例重工有限公司'])
  })

  it('lists an applicant’s patents, newest filing first, with co-applicants', () => {
    const [university] = index.applicants('衡阳市', 'validInventions')
    const patents = index.patents(university!.applicant)
    expect(patents.map((p) => p.title)).toEqual(['丙', '乙', '甲'])
    expect(patents[2]).toMatchObject({
      title: '甲',
      coApplicants: '示例科技有限公司',
      state: 'valid',
      type: 'invention',
      filed: 20230301,
      granted: 20240210,
    })
    expect(index.patents(university!.applicant, '衡阳县').length).toBe(2)
  })

  it('counts valid inventions by WIPO technology field', () => {
    expect(index.fields('衡阳市')).toEqual([
      { field: 1, count: 2 },
      { field: 26, count: 1 },
    ])
  })

  it('filters applicants and fields by applicant type', () => {
    expect(index.applicants('衡阳市', 'validInventions', { type: 'enterprise' }).map((a) => a.name)).toEqual([
      '示例重工有限公司',
    ])
    expect(index.fields('衡阳市', 'university')).toEqual([{ field: 1, count: 2 }])
    expect(index.fields('耒阳市', 'university')).toEqual([])
  })

  it('groups fields by sector, in the concordance’s order', () => {
    expect(bySector(index.fields('衡阳市')).map((s) => [s.sector, s.count, s.fields.map((f) => f.field)])).toEqual([
      ['电气工程', 2, [1]],
      ['机械工程', 1, [26]],
    ])
  })

  it('gives an applicant’s yearly applications and grants over the list’s years', () => {
    const [university] = index.applicants('衡阳市', 'validInventions')
    expect(index.trend(university!.applicant)).toEqual([
      { year: 2022, applications: 0, grants: 0 },
      { year: 2023, applications: 3, grants: 1 },
      { year: 2024, applications: 0, grants: 2 },
    ])
  })

  it('pages an applicant’s patents', () => {
    const [university] = index.applicants('衡阳市', 'validInventions')
    expect(index.applicantName(university!.applicant)).toBe('示例理工大学')
    expect(index.years()).toEqual([2024, 2023, 2022])
    expect(index.patentCount(university!.applicant)).toBe(3)
    expect(index.patentCount(university!.applicant, '衡阳县')).toBe(2)
    expect(index.patents(university!.applicant, undefined, { offset: 1, limit: 1 }).map((p) => p.title)).toEqual(['乙'])
  })
})
