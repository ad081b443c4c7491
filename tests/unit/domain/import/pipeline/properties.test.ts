import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import Papa from 'papaparse'
import { encode, readBytes, fixtureBytes, type FixtureEncoding } from '../../../../support/importFixture'
import { figures, ok, type ReadOk } from '../../../../support/readResult'
import { loadEmbedded } from '../../../../support/embedded'
import { importable } from '@/domain/import/importable'
import { observationAt, columnsLayer } from '@/domain/columns'
import { arrayLayer, Dataset } from '@/domain/dataset'
import { longRows } from '@/domain/csv/longCsv'
import { toExcelCsv } from '@/io/csv/csvWrite'
import type { ReadResult } from '@/io/import/readFile'

const { dataset, catalogue } = loadEmbedded()
const FIXTURES = [
  'city-patent-grants-2023-08.csv',
  'city-valid-invention-2025-07.csv',
  'hengyang-indicators-as-rows.csv',
  'hengyang-periods-as-rows.csv',
  'long-aliases.csv',
  'broken-long.csv',
]
const CODES = new Set([
  'missingColumn',
  'unknownRegion',
  'unknownIndicator',
  'badPeriod',
  'badValue',
  'negativeCount',
  'badStatus',
  'unitMismatch',
  'duplicateConflict',
  'missingPeriod',
  'totalMismatch',
  'totalWithoutParent',
  'unknownLayout',
  'emptyFile',
  'unclosedQuote',
  'sourceNotLink',
  'noValue',
  'rankMismatch',
])

/** Every problem names a known code; a problem of a row names a row of the file. */
function assertLocated(r: ReadResult, rowsInFile: number) {
  if (!r.ok) {
    expect(['notText', 'decodeFailed']).toContain(r.reason)
    return
  }
  for (const p of r.problems) {
    expect(CODES.has(p.code)).toBe(true)
    if (p.row !== undefined) {
      expect(Number.isInteger(p.row)).toBe(true)
      expect(p.row).toBeGreaterThanOrEqual(1)
      expect(p.row).toBeLessThanOrEqual(rowsInFile + 1)
    }
    if (p.column !== undefined) expect(p.column).toBeGreaterThanOrEqual(1)
  }
  for (let i = 0; i < r.columns.length; i++) expect(Number.isFinite(r.columns.value[i])).toBe(true)
}

const rowsIn = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes).split(/\r\n|\n|\r/).length

describe('the importer never throws', () => {
  it('on random bytes: it reads them or refuses them, with every problem located', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 64 }), async (bytes, chunkSize) => {
        assertLocated(await readBytes(bytes, { chunkSize }), rowsIn(bytes))
      }),
      { numRuns: 150 },
    )
  })

  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom(',', '"', '\n', '\r\n', '，', '-', 'x', '万', '%', ' ', '\t', '全 省', '-5', '１２'),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  )

  it('on real tables with random damage (quotes, delimiters, signs, units, lines removed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIXTURES),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<FixtureEncoding>('utf-8', 'gbk', 'utf-16le-bom'),
        fc.integer({ min: 1, max: 200 }),
        async (name, mutations, encoding, chunkSize) => {
          let text = new TextDecoder().decode(fixtureBytes(name))
          for (const m of mutations) {
            const at = m.at % (text.length + 1)
            text =
              m.kind === 'insert'
                ? text.slice(0, at) + m.text + text.slice(at)
                : text.slice(0, at) + text.slice(at + m.length)
          }
          const bytes = encode(text, encoding)
          assertLocated(await readBytes(bytes, { chunkSize, fileName: name }), text.split(/\r\n|\n|\r/).length)
        },
      ),
      { numRuns: 120 },
    )
  })
})

describe('a refused file changes nothing', () => {
  it('a file with errors imports nothing unless the valid rows are chosen, and then none of an erroneous row', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        async (name, cuts) => {
          let text = new TextDecoder().decode(fixtureBytes(name))
          // Damage a few numbers: each becomes a word, so its row has an error.
          for (const cut of cuts) {
            const digits = [...text.matchAll(/\d{2,}/g)]
            const hit = digits[cut % Math.max(digits.length, 1)]
            if (hit?.index !== undefined)
              text = text.slice(0, hit.index) + '数字' + text.slice(hit.index + hit[0].length)
          }
          const r = await readBytes(encode(text, 'gbk'), { fileName: name })
          if (!r.ok || r.errorCount === 0) return
          expect(importable(r, false)).toBeNull()
          const before = await Dataset.layered([arrayLayer(dataset.observations)], catalogue)
          expect(before.observations.length).toBe(dataset.observations.length)
          const valid = importable(r, true)
          if (!valid) return
          const bad = new Set(r.rowsWithErrors)
          for (let i = 0; i < valid.length; i++) expect(bad.has(valid.row[i] ?? 0)).toBe(false)
        },
      ),
      { numRuns: 80 },
    )
  })
})

describe('generated long files read back exactly', () => {
  const regions = [...catalogue.regions.values()].map((r) => r.name)
  const stocks = [...catalogue.indicators.values()].filter((i) => i.kind !== 'flow')
  const row = fc.record({
    region: fc.constantFrom(...regions),
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    indicator: fc.constantFrom(...stocks),
    value: fc.integer({ min: 0, max: 10_000_000 }),
  })

  it('whatever the delimiter, encoding and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, {
          minLength: 1,
          maxLength: 40,
          selector: (r) => `${r.region}|${r.year}|${r.month}|${r.indicator.id}`,
        }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom<FixtureEncoding>('utf-8', 'utf-8-bom', 'gbk', 'gb18030', 'utf-16le-bom', 'utf-16be-bom'),
        fc.integer({ min: 1, max: 97 }),
        async (rows, delimiter, encoding, chunkSize) => {
          const text = Papa.unparse(
            [
              ['地区', '时期', '指标', '数值'],
              ...rows.map((r) => [r.region, `${r.year}年${r.month}月`, r.indicator.nameZh, r.value]),
            ],
            { delimiter, newline: '\r\n' },
          )
          const read = ok(await readBytes(encode(text, encoding), { chunkSize }))
          expect(read.problems).toEqual([])
          expect(read.delimiter).toBe(delimiter)
          // A level as of December is the year-end figure: "2022年12月" and "2022" are one key.
          const period = (r: (typeof rows)[number]) =>
            r.month === 12 ? String(r.year) : `${r.year}-${String(r.month).padStart(2, '0')}`
          expect(figures(read)).toEqual(
            new Map(rows.map((r) => [`${r.region}|${period(r)}|${r.indicator.id}`, r.value])),
          )
        },
      ),
      { numRuns: 120 },
    )
  })
})

describe('export, then import', () => {
  it('gives back every embedded figure unchanged', async () => {
    const csv = toExcelCsv(longRows(dataset.observations))
    const r: ReadOk = ok(await readBytes(encode(csv, 'utf-8'), { fileName: 'ip-data.csv' }))
    expect(r.problems).toEqual([])
    expect(r.columns.length).toBe(dataset.observations.length)
    const back = await Dataset.layered([columnsLayer(r.columns)], catalogue)
    const key = (o: {
      region: string
      periodKey: string
      indicator: string
      status: string
      value: number
      source: string
      note: string
    }) => `${o.region}|${o.periodKey}|${o.indicator}|${o.status}|${o.value}|${o.source}|${o.note}`
    expect(new Set(back.observations.map(key))).toEqual(new Set(dataset.observations.map(key)))
    expect(observationAt(r.columns, 0).source).toMatch(/^https?:\/\//)
  })
})
