import { describe, expect, it } from 'vitest'
import { parseHeader } from '@/domain/import/header/header'
import { labelPeriod } from '@/domain/import/header/headerPeriod'
import { loadEmbedded } from '../../../../support/embedded'

const { catalogue } = loadEmbedded()

describe('labelPeriod', () => {
  it.each([
    ['当年授权量', '2023-08', '2023-01..08'],
    ['本年累计授权量', '2023-08', '2023-01..08'],
    ['当月授权量', '2023-08', '2023-08'],
    ['本月授权量', '2023-01..08', '2023-08'],
    ['当年授权量(1-8月)', '2023', '2023-01..08'],
    ['当月授权量（8月）', '2023-08', '2023-08..08'],
    ['发明授权量', '2023-08', undefined],
    ['当年授权量', '2023', undefined],
    ['当年授权量', undefined, undefined],
  ])('%j in a table of %j → %j', (label, tablePeriod, period) => {
    const h = parseHeader(label)
    expect(labelPeriod(h, catalogue.indicator('patent_grants'), tablePeriod)).toBe(period)
  })

  it('gives a level no period from words: 当年 of a stock is the table’s date', () => {
    const h = parseHeader('当年有效发明专利')
    expect(labelPeriod(h, catalogue.indicator('valid_invention_patents'), '2023-08')).toBeUndefined()
  })
})

describe('a period printed with the label', () => {
  it.each([
    ['2023年专利授权量', 'patent_grants', '2023-08', '2023'],
    ['2023年1-8月发明专利授权量', 'invention_grants', undefined, '2023-01..08'],
    ['截至2025年7月有效发明专利量', 'valid_invention_patents', '2025', '2025-07'],
    ['截至2025年7月专利授权量', 'patent_grants', undefined, '截至2025年7月'],
  ])('%j of %s in a table of %j → %j', (label, id, tablePeriod, period) => {
    expect(labelPeriod(parseHeader(label), catalogue.indicator(id), tablePeriod)).toBe(period)
  })
})
