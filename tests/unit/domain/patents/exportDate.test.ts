import { describe, expect, it } from 'vitest'
import { statedExportDate } from '@/domain/patents/exportDate'

const HEADER = ['申请号', '申请日', '申请（专利权）人']

describe('statedExportDate', () => {
  it.each([
    [['检索结果 导出日期：2025-07-15'], 20250715],
    [['检索式：申请日=2012-01-01至2024-12-31', '下载时间：2025年7月15日 10:32'], 20250715],
    [['导出日期', '2025.07.15'], 20250715],
    [['检索式：申请人地址=(衡阳)，申请日 2012-01-01 至 2024-12-31'], 20241231],
    [['衡阳市专利清单 20250715'], 20250715],
    [['Export date: 2025/7/15'], 20250715],
  ])('reads %j above the header as %i', (title, day) => {
    expect(statedExportDate([title, HEADER], 1, 'list.csv')).toEqual({ day, from: 'title' })
  })

  it.each([
    [['2012-2024年衡阳市专利清单'], '专利列表.csv'],
    [['导出日期：2025-02-30'], 'list.csv'],
    [[], 'list.csv'],
  ])('finds no whole day in %j nor in %s', (title, file) => {
    expect(statedExportDate([title, HEADER], 1, file)).toBeUndefined()
  })

  it('takes the title before the file name, and the file name without a title', () => {
    const rows = [['导出日期：2025-07-15'], HEADER]
    expect(statedExportDate(rows, 1, '专利_20240101.csv')).toEqual({ day: 20250715, from: 'title' })
    expect(statedExportDate(rows.slice(1), 0, '专利_20240101.csv')).toEqual({ day: 20240101, from: 'fileName' })
  })

  it('reads no date below the header', () => {
    expect(statedExportDate([HEADER, ['CN1', '2025-07-15', '甲']], 0, 'list.csv')).toBeUndefined()
  })
})
