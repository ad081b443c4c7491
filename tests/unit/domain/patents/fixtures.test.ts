import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { parseCsvRows } from '@/domain/csv/csv'
import { applicantTypesOf } from '@/domain/patents/applicantTypes'
import { bySector, PatentIndex } from '@/domain/patents/drill'
import { derivePatentFigures } from '@/domain/patents/figures'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { placeAddress, readPlaceLookup } from '@/domain/patents/place'
import { countiesOf, placeRecords } from '@/domain/patents/placeRecords'
import { readPatentList } from '../../../support/patentRead'
import { loadCatalogue, readData } from '../../../support/embedded'

// Built by scripts/patentFixtures.ts, with the counts worked out from its spec.
const dir = resolve(__dirname, '../../../fixtures/patents')
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as {
  records: number
  documents: number
  applications: Record<string, Record<string, number>>
  grants: Record<string, Record<string, number>>
  byCounty: Record<string, { records: number; validInventions: number; grants2024: number }>
  parks: number
  unplaced: number
  outside: number
  validInventions: number
  topApplicants: { name: string; validInventions: number }[]
  fields: Record<string, number>
  familyAbroad: number
  pledged: number
}

function workbookRows(name: string): string[][] {
  const book = XLSX.read(readFileSync(resolve(dir, name)))
  const sheet = book.Sheets[book.SheetNames[0] ?? '']!
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '' }).map((r) => r.map(String))
}

const FILES: [string, () => string[][], 'documents' | 'applications'][] = [
  ['cnipa-documents.csv', () => parseCsvRows(readFileSync(resolve(dir, 'cnipa-documents.csv'), 'utf8')), 'documents'],
  ['cnipa-documents.xlsx', () => workbookRows('cnipa-documents.xlsx'), 'documents'],
  [
    'commercial-applications.csv',
    () => parseCsvRows(new TextDecoder('gb18030').decode(readFileSync(resolve(dir, 'commercial-applications.csv')))),
    'applications',
  ],
]

const catalogue = loadCatalogue()
const lookup = readPlaceLookup(readData('places.csv'))
const sum = (byType: Record<string, number> | undefined) => Object.values(byType ?? {}).reduce((a, b) => a + b, 0)

describe.each(FILES)('%s', (file, rowsOf, layout) => {
  const rows = rowsOf()
  const mapping = detectPatentList(rows)!
  const { list, problems } = readPatentList(rows, mapping, { file, exported: 20250715 })
  const places = placeRecords(list, (a) => placeAddress(a, lookup), '衡阳市')
  const types = applicantTypesOf(list.records)
  const figures = derivePatentFigures(list, places, { home: '衡阳市', catalogue, applicantTypes: types })
  const index = new PatentIndex(list.records, places, types, '衡阳市', countiesOf(catalogue, '衡阳市'))
  const value = (indicator: string, region: string, period: string) =>
    figures.find((f) => f.indicator === indicator && f.region === region && f.periodKey === period)?.value

  it('is read as its layout, every row, one record per application', () => {
    expect(mapping.layout).toBe(layout)
    expect(problems).toEqual([])
    expect(list.rows).toBe(layout === 'documents' ? expected.documents : expected.records)
    expect(list.records.length).toBe(expected.records)
  })

  it('gives the applications and grants of every year by type', () => {
    for (const [period, byType] of Object.entries(expected.applications)) {
      expect([period, value('patent_applications', '衡阳市', period)]).toEqual([period, sum(byType)])
      expect([period, value('invention_applications', '衡阳市', period)]).toEqual([period, byType.invention ?? 0])
    }
    for (const [period, byType] of Object.entries(expected.grants)) {
      expect([period, value('patent_grants', '衡阳市', period)]).toEqual([period, sum(byType)])
      expect([period, value('invention_grants', '衡阳市', period)]).toEqual([period, byType.invention ?? 0])
      expect([period, value('utility_model_grants', '衡阳市', period)]).toEqual([period, byType.utilityModel ?? 0])
      expect([period, value('design_grants', '衡阳市', period)]).toEqual([period, byType.design ?? 0])
    }
  })

  it('places patents by county, lists the parks, the unplaced and those outside the city', () => {
    expect(places.counts).toMatchObject({
      park: expected.parks,
      unplaced: expected.unplaced,
      outside: expected.outside,
    })
    for (const [county, e] of Object.entries(expected.byCounty)) {
      expect([county, value('valid_invention_patents', county, '2025-07')]).toEqual([county, e.validInventions])
      expect([county, value('patent_grants', county, '2024')]).toEqual([county, e.grants2024])
      expect([county, index.regions().find((r) => r.region === county)?.applications]).toEqual([county, e.records])
    }
    expect(value('valid_invention_patents', '衡阳市', '2025-07')).toBe(expected.validInventions)
  })

  it('ranks the top applicants and counts the technology fields', () => {
    const top = index.applicants('衡阳市', 'validInventions', { limit: expected.topApplicants.length })
    expect(top.map((a) => ({ name: a.name, validInventions: a.validInventions }))).toEqual(expected.topApplicants)
    expect(Object.fromEntries(index.fields('衡阳市').map((f) => [String(f.field), f.count]))).toEqual(expected.fields)
  })

  it('answers the drill-through by county, year, applicant type and sector', () => {
    for (const [county, e] of Object.entries(expected.byCounty)) {
      const grants = index.applicants(county, 'grants', { year: 2024 }).reduce((a, r) => a + r.grants, 0)
      const valid = index.applicants(county, 'validInventions').reduce((a, r) => a + r.validInventions, 0)
      expect([county, grants, valid]).toEqual([county, e.grants2024, e.validInventions])
    }
    const byType = index.applicants('衡阳市', 'validInventions', { type: 'university' })
    expect(byType.every((a) => a.type === 'university')).toBe(true)
    expect(byType[0]).toMatchObject(expected.topApplicants[1]!)
    const sectors = bySector(index.fields('衡阳市'))
    const total = Object.values(expected.fields).reduce((a, b) => a + b, 0)
    expect(sectors.reduce((a, s) => a + s.count, 0)).toBe(total)
    const [top] = index.applicants('衡阳市', 'validInventions', { limit: 1 })
    const trend = index.trend(top!.applicant)
    expect(trend.reduce((a, y) => a + y.applications, 0)).toBe(top!.applications)
    expect(trend.reduce((a, y) => a + y.grants, 0)).toBe(top!.grants)
    const all = index.patents(top!.applicant)
    expect(index.patentCount(top!.applicant)).toBe(all.length)
    expect([
      ...index.patents(top!.applicant, undefined, { limit: 10 }),
      ...index.patents(top!.applicant, undefined, { offset: 10 }),
    ]).toEqual(all)
  })

  // A search export has no family or pledge column: it gives no such figure rather than a zero.
  const told = layout === 'applications'
  it(told ? 'counts the families abroad and the pledged' : 'gives no family or pledge figure it cannot tell', () => {
    expect(value('valid_invention_patents_family_abroad', '衡阳市', '2025-07')).toBe(
      told ? expected.familyAbroad : undefined,
    )
    expect(value('valid_invention_patents_pledged', '衡阳市', '2025-07')).toBe(told ? expected.pledged : undefined)
  })
})
