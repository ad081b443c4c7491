import { describe, expect, it } from 'vitest'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { CNIPA } from '../../../support/cnipaHeader'

describe('detectPatentList', () => {
  it('reads a CNIPA search export as documents, whatever the brackets, soft hyphens and spaces', () => {
    const header = CNIPA.map((h, i) => (i === 2 ? '公开(公告)号' : i === 6 ? '申请 (专利权)\u00AD人' : h))
    const mapping = detectPatentList([['检索结果'], [], header, ['CN202310123456.6', '2023.05.12']])
    expect(mapping).toMatchObject({
      layout: 'documents',
      headerRow: 2,
      columns: {
        applicationNumber: 0,
        filingDate: 1,
        publicationNumber: 2,
        applicants: 6,
        legalStatus: 12,
        documentType: 13,
      },
    })
  })

  it('reads a commercial export as applications', () => {
    const header = [
      '序号',
      '申请号',
      '申请日',
      '授权公告日',
      '专利类型',
      '标题',
      '申请人',
      '当前权利人',
      '当前法律状态',
      '同族国家',
      '质押次数',
      '失效日期',
    ]
    const mapping = detectPatentList([header])
    expect(mapping?.layout).toBe('applications')
    expect(mapping?.columns).toMatchObject({
      grantDate: 3,
      patentType: 4,
      title: 5,
      currentStatus: 8,
      family: 9,
      pledges: 10,
      expiryDate: 11,
    })
  })

  it('tells documents by a repeated number even where the header would not', () => {
    const rows = [
      ['申请号', '申请日', '授权日', '申请人'],
      ['202310123456.6', '2023-05-12', ''],
      ['202310123456.6', '2023-05-12', '2024-01-02'],
    ]
    expect(detectPatentList(rows)?.layout).toBe('documents')
  })

  it('leaves tables of figures alone, and keeps a list that lacks its number column', () => {
    expect(
      detectPatentList([
        ['地区', '时期', '指标', '数值'],
        ['衡阳市', '2023', '专利授权量', '100'],
      ]),
    ).toBeUndefined()
    expect(detectPatentList([['发明名称', '申请日', '申请人']])?.columns.applicationNumber).toBeUndefined()
  })
})
