import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { toExcelCsv } from '../../../src/io/csv'
import { longRows, templateRows } from '../../../src/domain/longCsv'
import { packColumns, unpackColumns } from '../../../src/io/packedColumns'
import { columnsOf, observationAt } from '../../../src/domain/columns'
import { loadEmbedded } from '../../support/embedded'

const { dataset, settings } = loadEmbedded()

describe('CSV for Excel', () => {
  it('starts with a UTF-8 byte-order mark so Excel opens Chinese correctly', () => {
    const csv = toExcelCsv([['地区'], ['衡阳市']])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1)).toBe('地区\r\n衡阳市')
  })

  it.each(['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)'])(
    'neutralises a cell starting like a formula: %s',
    (cell) => {
      const csv = toExcelCsv([['note'], [cell]])
      const back = Papa.parse<string[]>(csv.slice(1)).data[1]?.[0]
      expect(back).toBe(`'${cell}`)
    },
  )

  it('keeps negative numbers as numbers', () => {
    expect(toExcelCsv([['v'], [-0.5]]).slice(1)).toBe('v\r\n-0.5')
  })
})

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

describe('imports packed for IndexedDB', () => {
  it('come back figure for figure', async () => {
    const columns = columnsOf(dataset.observations)
    const back = await unpackColumns(packColumns(columns))
    expect(back.length).toBe(columns.length)
    for (let i = 0; i < columns.length; i += 37) expect(observationAt(back, i)).toEqual(observationAt(columns, i))
    expect([...back.value]).toEqual([...columns.value])
  })

  it('refuse a damaged record instead of reading garbage', async () => {
    const packed = packColumns(columnsOf(dataset.observations.slice(0, 10)))
    await expect(unpackColumns({ ...packed, numbers: packed.numbers.slice(0, 100) })).rejects.toThrow(
      'stored import is damaged',
    )
  })
})
