import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvRows } from '@/domain/csv/csv'
import { createImport } from '@/domain/import/pipeline'
import { readPlaceLookup } from '@/domain/patents/place'
import { loadCatalogue, readData } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const dir = resolve(__dirname, '../../../fixtures/patents')
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as {
  records: number
  documents: number
  applications: Record<string, Record<string, number>>
  byCounty: Record<string, { records: number }>
  unplaced: number
  parks: number
  outside: number
  topApplicants: { name: string; validInventions: number }[]
}
const catalogue = loadCatalogue()
const lookup = readPlaceLookup(readData('places.csv'))
const published = [obs('2025-07', 4558, { indicator: 'valid_invention_patents', source: '湖南省知识产权局' })]

function read(file: string, text: string, exported?: number) {
  const pipeline = createImport({
    catalogue,
    homeRegion: '衡阳市',
    fileName: file,
    patents: { lookup, published, exported },
  })
  pipeline.push(parseCsvRows(text))
  return pipeline.finish()
}

const files: [string, () => string][] = [
  ['cnipa-documents.csv', () => readFileSync(resolve(dir, 'cnipa-documents.csv'), 'utf8')],
  [
    'commercial-applications.csv',
    () => new TextDecoder('gb18030').decode(readFileSync(resolve(dir, 'commercial-applications.csv'))),
  ],
]

describe.each(files)('a patent list read by the import pipeline: %s', (file, text) => {
  const result = read(file, text(), 20250715)
  const summary = result.patents!

  it('is recognised and counted as the known answers say', () => {
    expect(summary.applications).toBe(expected.records)
    expect(summary.applicationsByYear).toEqual(expected.applications)
    expect(Object.fromEntries(summary.byCounty.map((c) => [c.region, c.count]))).toEqual(
      Object.fromEntries(Object.entries(expected.byCounty).map(([r, c]) => [r, c.records])),
    )
    expect(summary.unplaced).toBe(expected.unplaced)
    expect(summary.outside).toBe(expected.outside)
    expect(summary.outsideAddresses.length).toBeGreaterThan(0)
  })

  it("ranks the city's first applicants by valid invention patents", () => {
    expect(
      summary.topApplicants.slice(0, expected.topApplicants.length).map((a) => [a.name, a.validInventions]),
    ).toEqual(expected.topApplicants.map((a) => [a.name, a.validInventions]))
  })

  it('imports only the derived figures nothing published has', () => {
    expect(summary.reconciliation).toEqual([
      expect.objectContaining({ indicator: 'valid_invention_patents', region: '衡阳市', published: 4558 }),
    ])
    expect(result.columns.length).toBe(summary.derived - 1)
    expect(summary.exportedFrom).toBe('analyst')
  })
})

describe('the export date', () => {
  it('is read from a file name that holds one', () => {
    const text = readFileSync(resolve(dir, 'cnipa-documents.csv'), 'utf8')
    const named = (file: string) => read(file, text).patents!
    expect(named('专利列表_20250715.csv')).toMatchObject({ exported: 20250715, exportedFrom: 'fileName' })
    expect(named('export 2025-07-15.csv')).toMatchObject({ exported: 20250715, exportedFrom: 'fileName' })
    expect(named('专利列表.csv').exportedFrom).toBe('latestDate')
  })

  it('is else the latest date in the list', () => {
    const summary = read('cnipa-documents.csv', readFileSync(resolve(dir, 'cnipa-documents.csv'), 'utf8')).patents!
    expect(summary.exportedFrom).toBe('latestDate')
    expect(summary.exported).toBeGreaterThan(20200101)
  })
})

it('leaves a table of figures to the figure importer', () => {
  const result = read('t.csv', '地区,年份,专利授权量\n衡阳市,2023,100\n')
  expect(result.patents).toBeUndefined()
  expect(result.columns.length).toBe(1)
})
