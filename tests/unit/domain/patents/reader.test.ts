import { describe, expect, it } from 'vitest'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { readPatentList } from '../../../support/patentRead'
import { PATENT_STATES, PATENT_TYPES } from '@/domain/patents/records'
import { CNIPA } from '../../../support/cnipaHeader'

const doc = (
  n: string,
  filed: string,
  pub: string,
  pubDay: string,
  title: string,
  who: string,
  status: string,
  kind: string,
) => [
  n,
  filed,
  pub,
  pubDay,
  title,
  'H01M 10/0525；H01M 4/36',
  who,
  '发明人甲；发明人乙',
  '湖南省衡阳市蒸湘区示例路1号',
  '421001',
  '湖南(43)',
  '示例专利代理事务所',
  status,
  kind,
]
const options = { file: 'cnipa.csv', exported: 20250715 }
const read = (rows: string[][], exported = 20250715) => {
  const all = [CNIPA, ...rows]
  const mapping = detectPatentList(all)
  if (!mapping) throw new Error('not recognised')
  return readPatentList(all, mapping, { ...options, exported })
}

describe('readPatentList, one row per document', () => {
  it('merges an invention’s publication and grant into one application, without inventors', () => {
    const { list, problems } = read([
      doc(
        'CN202310123456.6',
        '2023.05.12',
        'CN116000001A',
        '2023.08.01',
        '一种储能电池',
        '衡阳示例新能源有限公司',
        '有效',
        '发明公开',
      ),
      doc(
        '202310123456.6',
        '2023-05-12',
        'CN116000001B',
        '2024-03-05',
        '一种储能电池及其制法',
        '衡阳示例新能源有限公司；示例理工大学',
        '有效',
        '发明授权',
      ),
      doc(
        '202320123456.1',
        '2023/5/12',
        'CN219000001U',
        '45300',
        '一种电池盒',
        '衡阳示例新能源有限公司',
        '有效',
        '实用新型',
      ),
    ])
    expect(problems).toEqual([])
    const r = list.records
    expect(r.length).toBe(2)
    expect(r.number).toEqual(['CN202310123456.6', 'CN202320123456.1'])
    expect([...r.filed]).toEqual([20230512, 20230512])
    expect([...r.published]).toEqual([20230801, 0])
    expect([...r.granted]).toEqual([20240305, 20240109])
    expect([...r.type].map((t) => PATENT_TYPES[t])).toEqual(['invention', 'utilityModel'])
    expect([...r.state].map((s) => PATENT_STATES[s])).toEqual(['valid', 'valid'])
    expect(r.title[0]).toBe('一种储能电池及其制法')
    expect(r.coApplicants[0]).toBe('示例理工大学')
    expect(r.ipc[0]).toBe('H01M 10/0525; H01M 4/36')
    expect([...r.row]).toEqual([2, 4])
    expect(JSON.stringify({ ...list, records: { ...r } })).not.toContain('发明人')
  })

  it('drops an identical repeat silently and refuses a repeat with other facts', () => {
    const a = doc(
      '202310123456.6',
      '2023.05.12',
      'CN116000001A',
      '2023.08.01',
      '一种储能电池',
      '衡阳示例新能源有限公司',
      '实质审查',
      '发明公开',
    )
    const other = [...a]
    other[6] = '另一示例有限公司'
    const { list, problems } = read([a, [...a], other])
    expect(list.records.length).toBe(1)
    expect(list.rejected).toBe(1)
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'patentConflict',
        file: 'cnipa.csv',
        row: 4,
        column: 1,
        params: { value: 'CN202310123456.6', otherRow: 2 },
      },
    ])
  })

  it('refuses impossible dates, each located, and leaves those rows out', () => {
    const { list, problems } = read([
      doc('202310123456.6', '2023.02.30', 'CN116000001A', '2023.08.01', '甲', '示例有限公司', '公开', '发明公开'),
      doc('201810000018.X', '2018.05.12', 'CN108000002B', '2017.01.05', '乙', '示例有限公司', '有效', '发明授权'),
      doc('202320123456.1', '2025.05.12', 'CN219000001U', '2025.08.01', '丙', '示例有限公司', '有效', '实用新型'),
    ])
    expect(list.records.length).toBe(0)
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['badDate', 2, 2],
      ['grantBeforeFiling', 3, 4],
      ['dateAfterExport', 4, 4],
    ])
  })

  it('asks about a legal status word it does not know, once per word', () => {
    const rows = [1, 2, 3].map((k) =>
      doc(
        `20231012345${k}`,
        '2023.05.12',
        `CN11600000${k}A`,
        '2023.08.01',
        '甲',
        '示例有限公司',
        '待定状态',
        '发明公开',
      ),
    )
    const { list, problems } = read(rows)
    expect(list.records.length).toBe(3)
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'unknownLegalStatus',
        file: 'cnipa.csv',
        row: 2,
        column: 13,
        params: { value: '待定状态', count: 3 },
      },
    ])
  })

  it('refuses a list without application numbers once', () => {
    const header = ['发明名称', '申请日', '申请人', 'IPC分类号']
    const all = [header, ['甲', '2023-01-01', '示例有限公司', 'G06F 1/00']]
    const { list, problems } = readPatentList(all, detectPatentList(all)!, options)
    expect(list.records.length).toBe(0)
    expect(problems).toEqual([
      { severity: 'error', code: 'missingColumn', file: 'cnipa.csv', row: 1, params: { columns: '申请号' } },
    ])
  })
})

describe('readPatentList, one row per application', () => {
  const header = [
    '申请号',
    '申请日',
    '授权公告日',
    '专利类型',
    '专利名称',
    '申请人',
    '地址',
    '当前法律状态',
    '同族国家',
    '质押次数',
    '质押金额（万元）',
  ]
  it('takes the type from 专利类型 and the facts behind the newer indicators', () => {
    const all = [
      header,
      [
        '202310123456.6',
        '2023-05-12',
        '2024-03-05',
        '发明',
        '甲',
        '示例有限公司',
        '衡阳市',
        '有效',
        'US|EP',
        '2',
        '1500',
      ],
      ['202380012345.6', '2023-05-12', '', '发明专利', '乙', '示例有限公司', '衡阳市', '审中', 'CN', '0', ''],
      ['202320123456', '2023-05-12', '2023-09-01', '外观设计', '丙', '示例有限公司', '衡阳市', '失效', '', '', ''],
    ]
    const mapping = detectPatentList(all)!
    expect(mapping.layout).toBe('applications')
    const { list, problems } = readPatentList(all, mapping, options)
    expect(problems).toEqual([])
    expect([...list.records.type].map((t) => PATENT_TYPES[t])).toEqual(['invention', 'invention', 'design'])
    expect([...list.records.state].map((s) => PATENT_STATES[s])).toEqual(['valid', 'pending', 'invalid'])
    expect([...list.records.flags]).toEqual([1 | 2 | 4, 0, 0])
    expect(list.facts).toMatchObject({
      family: true,
      pledges: true,
      pledgeAmount: true,
      awards: false,
      strategicIndustry: false,
    })
  })
})
