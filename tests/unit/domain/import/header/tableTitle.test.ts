import { describe, expect, it } from 'vitest'
import { readTableTitle } from '@/domain/import/header/tableTitle'
import { loadCatalogue } from '../../../../support/embedded'

const catalogue = loadCatalogue()
const read = (titles: string[], fileName: string) =>
  readTableTitle(titles, { catalogue, homeRegion: '衡阳市', fileName })

describe('readTableTitle', () => {
  it('reads the indicator, the months and the region a title names', () => {
    expect(read(['2023年1-8月湖南省专利授权量统计表'], 'upload.csv')).toEqual({
      tableIndicator: 'patent_grants',
      tablePeriod: '2023-01..08',
      tablePeriodFrom: 'title',
      region: '湖南省',
      regionFrom: 'file',
      year: 2023,
    })
  })

  it('falls back to the file name, else to the home region', () => {
    expect(read([], 'hunan-valid-invention-patents-2021-02.csv')).toMatchObject({
      tablePeriod: '2021-02',
      tablePeriodFrom: 'fileName',
      year: 2021,
    })
    expect(read([], '专利数据.csv')).toEqual({
      tableIndicator: undefined,
      tablePeriod: undefined,
      tablePeriodFrom: undefined,
      region: '衡阳市',
      regionFrom: 'default',
      year: undefined,
    })
  })
})
