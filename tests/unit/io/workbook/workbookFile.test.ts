import { describe, expect, it } from 'vitest'
import * as XLSX from '@e965/xlsx'
import { workbookBytes } from '@/io/workbook/workbookFile'
import { longRows } from '@/domain/csv/longCsv'
import { loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()

describe('writing a workbook', () => {
  it('holds every figure with its unit, status and source, and reads back the same in Excel’s format', async () => {
    const rows = longRows(dataset.observations)
    const bytes = await workbookBytes([
      { name: '数据', rows },
      { name: '说明', rows: [['衡阳市知识产权统计数据'], ['导出日期：2026年12月7日']] },
    ])
    // An .xlsx is a zip: Excel and the importer both know it by these bytes.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    const book = XLSX.read(bytes, { type: 'array' })
    expect(book.SheetNames).toEqual(['数据', '说明'])
    const back = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets['数据'] ?? {}, { header: 1, defval: '' })
    expect(back).toEqual(rows.map((r) => r.map((c) => c ?? '')))
    // Figures stay numbers a spreadsheet can sum.
    const firstValue = book.Sheets['数据']?.['D2'] as XLSX.CellObject | undefined
    expect(firstValue?.t).toBe('n')
  })
})
