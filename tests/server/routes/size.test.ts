import { describe, expect, it } from 'vitest'
import { assemblePublished } from '@/domain/published'
import { STATUSES } from '@/domain/observation'
import { fetchPublishedFiles } from '@/io/publishedFiles'
import { call, HEADER, login, publishCsv, serverPerTest } from '../helpers'

// Real region and indicator ids from data/; the values are synthetic, marked TEST, and never leave
// the test's temporary state directory.
const REGIONS = [
  ...['湖南省', '长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市', '常德市', '张家界市', '益阳市', '郴州市'],
  ...['永州市', '怀化市', '娄底市', '湘西土家族苗族自治州', '珠晖区', '雁峰区', '石鼓区', '蒸湘区', '南岳区', '衡阳县'],
  ...['衡南县', '衡山县', '衡东县', '祁东县', '耒阳市', '常宁市'],
]
const STOCKS = [
  ...['valid_invention_patents', 'valid_trademarks', 'geographical_indications', 'gi_trademarks'],
  ...['valid_invention_patents_university', 'valid_invention_patents_research', 'valid_invention_patents_enterprise'],
  ...['valid_invention_patents_agency', 'valid_invention_patents_service', 'valid_invention_patents_individual'],
  'pct_applications_cumulative',
]

/** `count` distinct synthetic figures: levels at month ends from 1900 on (a million reach 1990, before any real one). */
function syntheticRows(count: number): string[] {
  const rows: string[] = []
  for (let month = 0; rows.length < count; month++) {
    const period = `${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`
    for (const region of REGIONS)
      for (const indicator of STOCKS)
        for (const status of STATUSES)
          if (rows.length < count) rows.push(`${region},${period},${indicator},${(month % 97) + 1},,${status},,TEST`)
  }
  return rows
}

const csvText = (count: number) => [HEADER, ...syntheticRows(count)].join('\n') + '\n'

const s = serverPerTest()

describe('size', () => {
  it('publishes a million figures and serves them back to the browser code', async () => {
    await s.start()
    const cookie = await login(s.server.url, 'alice')
    const before = assemblePublished(await fetchPublishedFiles(fetch, `${s.server.url}/`)).dataset.observations.length
    const res = await publishCsv(s.server.url, cookie, { baseVersion: 1, name: 'million.csv', csv: csvText(1_000_000) })
    expect(res.status, JSON.stringify(res.body).slice(0, 600)).toBe(200)
    expect(res.body).toMatchObject({ version: 2, counts: { added: 1_000_000, observations: before + 1_000_000 } })
    const loaded = assemblePublished(await fetchPublishedFiles(fetch, `${s.server.url}/`))
    expect(loaded.version).toBe(2)
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(loaded.dataset.observations.length).toBe(before + 1_000_000)
    // A million figures are checked, written and read back while other test files share the two cores.
  }, 600_000)

  it('refuses a publish past the figure limit with 413 and the limit in words', async () => {
    await s.start({ maxFigures: 5000 })
    const cookie = await login(s.server.url, 'alice')
    const res = await publishCsv<{ error: string; limit: number; message: { zh: string; en: string } }>(
      s.server.url,
      cookie,
      { baseVersion: 1, name: 'too-many.csv', csv: csvText(5000) },
    )
    expect(res.status).toBe(413)
    expect(res.body.error).toBe('tooManyFigures')
    expect(res.body.limit).toBe(5000)
    expect(res.body.message.zh).toContain('5,000')
    expect(res.body.message.en).toContain('5,000 figures')
    expect((await call(`${s.server.url}/api/health`, 'GET')).body).toMatchObject({ version: 1 })
  })
})
