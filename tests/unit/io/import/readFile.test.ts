import { describe, expect, it } from 'vitest'
import { LIMITS } from '@/domain/import/limits'
import { readFile } from '@/io/import/readFile'
import { loadCatalogue } from '../../../support/embedded'
import { manyNamesCsv } from '../../../support/longFile'

const catalogue = loadCatalogue()
const CHUNK = 64 * 1024

/** Reads text as a browser hands a file over, in 64 KiB chunks, counting the chunks read. */
async function read(text: string) {
  const bytes = new TextEncoder().encode(text)
  let chunks = 0
  const result = await readFile(
    function* () {
      for (let i = 0; i < bytes.length; i += CHUNK) {
        chunks++
        yield bytes.subarray(i, i + CHUNK)
      }
    },
    { context: { catalogue, homeRegion: '衡阳市', fileName: 'stress.csv' } },
  )
  return { result, chunks, total: Math.ceil(bytes.length / CHUNK) }
}

describe('files beyond what the importer reads', () => {
  it('refuses 10,000 columns at the header row, without reading the rest', async () => {
    const row = (i: number) => Array.from({ length: 10_000 }, (_, c) => (i === 0 ? `列${c + 1}` : String(c))).join(',')
    const { result } = await read(Array.from({ length: 50 }, (_, i) => row(i)).join('\n'))
    expect(result).toEqual({ ok: false, reason: 'beyondLimits', limit: 'columns', row: 1, size: 10_000, max: 2_000 })
  })

  it('refuses 50 MB of one line once it runs past the line limit, long before the end', async () => {
    const { result, chunks, total } = await read('a,'.repeat(25 * 1024 * 1024))
    expect(result).toMatchObject({ ok: false, reason: 'beyondLimits', limit: 'lineChars', row: 1 })
    expect(chunks).toBeLessThan(total / 5)
  })

  it('refuses a 1 MB cell by its row and column', async () => {
    const text = `region,period,indicator,value,note\n衡阳市,2024,patent_grants,1,\n衡阳市,2023,patent_grants,2,${'注'.repeat(1024 * 1024)}\n`
    const { result } = await read(text)
    expect(result).toEqual({
      ok: false,
      reason: 'beyondLimits',
      limit: 'cellChars',
      row: 3,
      column: 5,
      size: 1024 * 1024,
      max: LIMITS.cellChars,
    })
  })

  it('reads 1,000 columns, within the limit', async () => {
    const header = ['地区', ...Array.from({ length: 999 }, (_, c) => `${1900 + c}年`)].join(',')
    const { result } = await read(
      `指标：专利授权量（件）\n${header}\n衡阳市,${Array.from({ length: 999 }, (_, c) => c).join(',')}\n`,
    )
    expect(result.ok).toBe(true)
  })
})

describe('a file naming 10,000 places the catalogue lacks', () => {
  it('lists each once, with how often it occurs', async () => {
    const { result } = await read(manyNamesCsv(100_000, 10_000))
    if (!result.ok) throw new Error(result.reason)
    expect(result.unknownRegions).toHaveLength(10_000)
    expect(result.unknownRegions[0]).toMatchObject({ name: '乡镇1', row: 2, column: 1, count: 10 })
    expect(result.errorCount).toBe(100_000)
  })
})
