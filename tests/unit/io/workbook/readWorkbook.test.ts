import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readWorkbook, type SheetRead, type WorkbookResult } from '@/io/workbook/readWorkbook'
import * as XLSX from '@e965/xlsx'
import { readWorkbookText, workbookFormat } from '@/io/workbook/workbook'
import { formatCellAddress } from '@/domain/import/header/cellAddress'
import { loadEmbedded } from '../../../support/embedded'
import { figures } from '../../../support/readResult'

const { catalogue, dataset } = loadEmbedded()
const bytesOf = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/workbooks/${name}`, import.meta.url)))

async function read(name: string, sheet?: string): Promise<WorkbookResult> {
  const bytes = bytesOf(name)
  const format = workbookFormat(bytes)
  if (!format) throw new Error(`${name} is not recognised as a workbook`)
  return readWorkbook(bytes, { context: { catalogue, homeRegion: '衡阳市', fileName: name }, format, sheet })
}

async function sheets(name: string): Promise<readonly SheetRead[]> {
  const r = await read(name)
  if (!r.ok) throw new Error(`${name} refused: ${r.reason}`)
  return r.sheets
}

const table = (list: readonly SheetRead[], sheet: string) => {
  const s = list.find((x) => x.sheet === sheet)
  if (!s?.ok) throw new Error(`no table for ${sheet}`)
  return s
}

/** The published figure for "region|period|indicator", from data/. */
const published = new Map(dataset.observations.map((o) => [`${o.region}|${o.periodKey}|${o.indicator}`, o.value]))

describe('reading workbooks', () => {
  it.each(['hengyang-city.xlsx', 'hengyang-city.xls'])(
    '%s: months stored as dates, thousands formats and numbers typed as text read as the published figures',
    async (name) => {
      const city = table(await sheets(name), '衡阳市')
      expect(city.errorCount).toBe(0)
      const read = figures(city)
      // Three periods (a year, and two months written as dates shown "2022年10月", "2025年7月"), eight figures.
      expect(city.columns.periods.toSorted()).toEqual(['2022', '2022-10', '2025-07'])
      expect(read.size).toBe(8)
      for (const [key, value] of read) expect(value, key).toBe(published.get(key))
    },
  )

  it('reports hidden rows and columns, and still reads them', async () => {
    const city = table(await sheets('hengyang-city.xlsx'), '衡阳市')
    expect(city.hiddenRows).toEqual([2])
    expect(city.hiddenColumns).toEqual([4])
    expect(figures(city).get('衡阳市|2022|valid_invention_patents')).toBe(
      published.get('衡阳市|2022|valid_invention_patents'),
    )
  })

  it.each(['hunan-tables.xlsx', 'hunan-tables.xls'])(
    '%s: one table per sheet with figures, the notes sheet skipped with why',
    async (name) => {
      const list = await sheets(name)
      const names = list.map((s) => s.sheet)
      expect(names).toContain('2023年8月')
      expect(list.filter((s) => s.ok).map((s) => s.sheet)).toEqual(names.filter((n) => n !== '说明'))
      expect(list.find((s) => s.sheet === '说明')).toEqual({
        ok: false,
        reason: 'skipped',
        sheet: '说明',
        why: 'noTable',
      })
      // The province's grants table: the August column of 衡阳市 reads 362 (row 8 of the sheet, under three header rows).
      const grants = table(list, '2023年8月')
      expect(grants.columns.length).toBeGreaterThan(0)
      for (const p of grants.problems) expect(p.row).toBeGreaterThan(0)
    },
  )

  it('reads a formula cell as its cached result', async () => {
    const bytes = bytesOf('hunan-tables.xlsx')
    // 衡阳市's 职务总计 in the grants table is =SUM(G8:J8) in the file, its result stored beside it.
    const cell = XLSX.read(bytes, { type: 'array', cellFormula: true }).Sheets['2023年8月']?.['K8'] as XLSX.CellObject
    expect(cell.f).toBe('SUM(G8:J8)')
    const text = await readWorkbookText(bytes, '2023年8月')
    expect(text.ok && text.sheets[0]?.rows[7]?.[10]).toBe(String(cell.v))
    expect(text.ok && text.sheets[0]?.rows[7]?.[0]).toBe('衡阳市')
  })

  it('reads only the sheet asked for', async () => {
    const r = await read('hunan-tables.xlsx', '衡阳市')
    expect(r.ok && r.sheets.map((s) => s.sheet)).toEqual(['衡阳市'])
  })

  it('names problems by the cells Excel shows', async () => {
    const grants = table(await sheets('hunan-grants-typo.xlsx'), '2023年8月')
    const addresses = grants.problems.flatMap((p) =>
      p.row !== undefined && p.column !== undefined
        ? [formatCellAddress({ sheet: grants.sheet, row: p.row, column: p.column })]
        : [],
    )
    // 衡阳 is the fourth city under three header rows and a title: row 8; 当年授权量 is column B.
    expect(addresses).toContain('2023年8月!B8')
    for (const a of addresses) expect(a).toMatch(/^2023年8月![A-L]([1-9]|1[0-8])$/)
  })

  it.each([
    ['not-a-workbook.zip', 'notWorkbook'],
    ['corrupt.xlsx', 'corrupt'],
    ['hengyang-city-password.xlsx', 'encrypted'],
  ])('%s is refused as %s', async (name, reason) => {
    const r = await read(name)
    expect(r.ok ? 'read' : r.reason).toBe(reason)
  })

  it('a PDF or an image is not taken for a workbook', () => {
    expect(workbookFormat(bytesOf('report.pdf'))).toBeNull()
    expect(workbookFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull()
  })

  it('stops when cancelled', async () => {
    const bytes = bytesOf('hunan-tables.xlsx')
    const r = await readWorkbook(bytes, {
      context: { catalogue, homeRegion: '衡阳市', fileName: 'hunan-tables.xlsx' },
      format: 'xlsx',
      cancelled: () => true,
    })
    expect(r).toEqual({ ok: false, reason: 'cancelled' })
  })
})
