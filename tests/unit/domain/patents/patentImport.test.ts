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

// The CNIPA fixture states its export date in a title row above the header, which comes first.
const cnipa = () => readFileSync(resolve(dir, 'cnipa-documents.csv'), 'utf8')
const untitled = () => cnipa().slice(cnipa().indexOf('\n') + 1)

describe('the export date', () => {
  it('is read from the title row above the header, before the file name', () => {
    expect(read('专利列表_20240101.csv', cnipa()).patents).toMatchObject({ exported: 20250715, exportedFrom: 'title' })
  })

  it('is read from a file name that holds one', () => {
    const text = untitled()
    const named = (file: string) => read(file, text).patents!
    expect(named('专利列表_20250715.csv')).toMatchObject({ exported: 20250715, exportedFrom: 'fileName' })
    expect(named('export 2025-07-15.csv')).toMatchObject({ exported: 20250715, exportedFrom: 'fileName' })
    expect(named('专利列表.csv').exportedFrom).toBe('latestDate')
  })

  it('is else the latest date in the list', () => {
    const summary = read('cnipa-documents.csv', untitled()).patents!
    expect(summary.exportedFrom).toBe('latestDate')
    expect(summary.exported).toBeGreaterThan(20200101)
  })
})

it('leaves a table of figures to the figure importer', () => {
  const result = read('t.csv', '地区,年份,专利授权量\n衡阳市,2023,100\n')
  expect(result.patents).toBeUndefined()
  expect(result.columns.length).toBe(1)
})

describe("a list read again with the analyst's answers", () => {
  const readWith = (text: string, patents: Partial<Parameters<typeof createImport>[0]['patents']> = {}) => {
    const pipeline = createImport({
      catalogue,
      homeRegion: '衡阳市',
      fileName: 'cnipa-documents.csv',
      patents: { lookup, published, exported: 20250715, ...patents },
    })
    pipeline.push(parseCsvRows(text))
    return pipeline.finish()
  }
  // 程序中止 (proceedings suspended) is a word the reader does not know.
  const suspended = () => cnipa().replaceAll(',专利权维持,', ',程序中止,')

  it('asks about an unknown status word once, with its count, and reads it as answered', () => {
    const asked = readWith(suspended())
    const problem = asked.problems.find((p) => p.code === 'unknownLegalStatus')
    expect(problem).toMatchObject({ severity: 'warning', row: expect.any(Number), params: { value: '程序中止' } })
    expect(asked.problems.filter((p) => p.code === 'unknownLegalStatus')).toHaveLength(1)
    expect(asked.patents!.byApplicantType.enterprise).toBeLessThan(88)

    const answered = readWith(suspended(), { statusWords: new Map([['程序中止', 'valid']]) })
    expect(answered.problems.some((p) => p.code === 'unknownLegalStatus')).toBe(false)
    expect(answered.patents!.byApplicantType).toEqual(readWith(cnipa()).patents!.byApplicantType)
  })

  it('places an address by a word the analyst added to the lookup', () => {
    const before = readWith(cnipa()).patents!
    expect(before.unplacedAddresses[0]).toEqual({ address: '湖南省衡阳市示例大道14号', count: 23, park: '' })
    expect(before.unplacedAddresses[1]).toMatchObject({ count: 19, park: '衡阳高新技术产业开发区' })
    expect(before.lookupParks).toContain('衡阳综合保税区')

    const edited = readPlaceLookup(`${readData('places.csv')}\n示例大道14号,石鼓区,county\n`)
    const after = readWith(cnipa(), { lookup: edited }).patents!
    const county = (s: typeof before, region: string) => s.byCounty.find((c) => c.region === region)?.count
    expect(after.unplaced).toBe(before.unplaced - 23)
    expect(county(after, '石鼓区')).toBe((county(before, '石鼓区') ?? 0) + 23)
    expect(after.unplacedAddresses.map((a) => a.address)).not.toContain('湖南省衡阳市示例大道14号')
  })

  it('counts an applicant under the type the analyst gave it', () => {
    const before = readWith(cnipa()).patents!
    const after = readWith(cnipa(), { applicantTypes: new Map([['虚构冶金研究院', 'enterprise']]) }).patents!
    expect(before.byApplicantType).toMatchObject({ research: 23, enterprise: 88 })
    expect(after.byApplicantType).toMatchObject({ research: 0, enterprise: 111 })
    expect(after.topApplicants.find((a) => a.name === '虚构冶金研究院')?.type).toBe('enterprise')
  })

  it('reads the columns the analyst chose', () => {
    const detected = readWith(cnipa()).patents!.mapping
    const columns = { ...detected.columns }
    delete columns.applicationNumber
    const without = readWith(cnipa(), { mapping: { ...detected, columns } })
    expect(without.columns.length).toBe(0)
    expect(without.problems[0]).toMatchObject({ severity: 'error', code: 'missingColumn', row: 2 })
    expect(without.patents!.mapping.columns.applicationNumber).toBeUndefined()
  })
})

describe('a patent list with a problem in every row', () => {
  // Check digit of a 12-digit application number, as CNIPA computes it.
  const checked = (body: string) => {
    const sum = [...body].reduce((s, d, i) => s + Number(d) * [2, 3, 4, 5, 6, 7, 8, 9][i % 8]!, 0) % 11
    return `${body}.${sum === 10 ? 'X' : sum}`
  }
  const rows = Array.from({ length: 600 }, (_, i) => {
    const body = `2023100${String(i).padStart(5, '0')}`
    const good = checked(body)
    const last = good.slice(-1)
    const bad = `${body}.${last === 'X' ? 0 : (Number(last) + 1) % 10}`
    return `CN${bad},2023-01-05,发明,有效,衡阳某某有限公司,湖南省衡阳市蒸湘区某路${i}号`
  })
  const text = [
    '申请号,申请日,专利类型,法律状态,申请(专利权)人,申请人地址',
    ...rows,
    `CN${checked('202310099999')},2023-01-05,发明,待核实,衡阳某某有限公司,湖南省衡阳市蒸湘区某路1号`,
  ].join('\n')
  const result = read('every-row.csv', text, 20250715)

  it('lists a page-sized share of the row problems, counts them all, and still asks about the status word', () => {
    expect(result.problemCounts.badApplicationNumber).toBe(600)
    expect(result.warningCount).toBeGreaterThanOrEqual(601)
    expect(result.problems.filter((p) => p.code === 'badApplicationNumber')).toHaveLength(100)
    expect(result.problems.find((p) => p.code === 'unknownLegalStatus')?.params?.value).toBe('待核实')
  })
})
