import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { parseCsvRows } from '@/domain/csv/csv'
import { formatExactNumber } from '@/domain/display/format'
import { applicantTypesOf } from '@/domain/patents/applicantTypes'
import { PatentIndex } from '@/domain/patents/drill'
import { encodePatentFile } from '@/domain/patents/patentFile'
import { detectPatentList } from '@/domain/patents/patentHeader'
import { placeAddress, readPlaceLookup } from '@/domain/patents/place'
import { countiesOf, placeRecords } from '@/domain/patents/placeRecords'
import type { PatentList } from '@/domain/patents/records'
import { loadCatalogue, readData } from '../support/embedded'
import { readPatentList } from '../support/patentRead'
import { call, csvOf, currentVersion, login } from '../server/helpers'
import { openPage } from './browser'
import { text } from './app'
import { usePublishingServer } from './publishingServer'

const own = usePublishingServer()

// The made-up fixture list, read as the import reads it; the office's lookup, and one in which every
// address of 蒸湘区 is placed in 石鼓区 instead.
const rows = parseCsvRows(readFileSync('tests/fixtures/patents/cnipa-documents.csv', 'utf8'))
const { list } = readPatentList(rows, detectPatentList(rows)!, { file: 'cnipa-documents.csv', exported: 20250715 })
const office = readData('places.csv')
const moved = office.replace('蒸湘区|蒸湘,蒸湘区,county', '蒸湘区|蒸湘,石鼓区,county')
const HOME = '衡阳市'
const counties = countiesOf(loadCatalogue(), HOME)

/** The drill-through's index of a list placed with a lookup, as the patents worker builds it. */
function indexOf(records: PatentList, places: string): PatentIndex {
  const lookup = readPlaceLookup(places)
  const placed = placeRecords(records, (a) => placeAddress(a, lookup), HOME)
  return new PatentIndex(records.records, placed, applicantTypesOf(records.records), HOME, counties)
}

/** The list with every second record of `applicant` (an index) filed under a new name instead. */
function halved(records: PatentList, applicant: number): PatentList {
  const r = records.records
  const other = r.applicants.length
  let k = 0
  const moved = r.applicant.map((a) => (a === applicant && k++ % 2 === 1 ? other : a))
  return { ...records, records: { ...r, applicant: moved, applicants: [...r.applicants, '衡阳示例新设有限公司'] } }
}

/** Publishes a records file and a lookup over HTTP, as the analyst's app does. */
async function publish(records: PatentList, places: string) {
  const cookie = await login(own.server.url, 'wang')
  const res = await call(
    `${own.server.url}/api/publish`,
    'POST',
    {
      baseVersion: await currentVersion(own.server.url),
      name: 'cnipa-documents.csv',
      csv: csvOf(),
      patents: gzipSync(encodePatentFile(records)).toString('base64'),
      places,
    },
    { cookie },
  )
  expect(res.status).toBe(200)
}

const asked = (page: Page) => {
  const answers: { path: string; status: number }[] = []
  page.on('response', (r) => answers.push({ path: new URL(r.url()).pathname, status: r.status() }))
  return answers
}

describe('published patent records', () => {
  it('are placed with the published lookup on the 创新主体 page', async () => {
    const before = indexOf(list, office).regions()
    const after = indexOf(list, moved).regions()
    const count = (totals: typeof after, region: string) => totals.find((t) => t.region === region)?.applications ?? 0
    // What the test stands on: the edited lookup moves patents from one district to the other.
    expect(count(before, '蒸湘区')).toBeGreaterThan(0)
    expect(count(after, '石鼓区')).toBe(count(before, '石鼓区') + count(before, '蒸湘区'))
    await publish(list, moved)

    const { page, close } = await openPage(own.browser, `${own.server.url}/#/applicants`)
    try {
      const row = (region: string) =>
        page.locator('[data-testid=region-totals] tr', {
          has: page.locator(`[data-testid=region-open][data-region="${region}"]`),
        })
      await expect
        .poll(() => text(row('石鼓区').locator('td.num').first()), { timeout: 60_000 })
        .toBe(formatExactNumber(count(after, '石鼓区'), 'zh'))
    } finally {
      await close()
    }
  }, 180_000)

  it('follow a publish on a screen showing the leading applicants, without a reload', async () => {
    const leader = indexOf(list, moved).applicants(HOME, 'validInventions', { limit: 1 })[0]!
    const next = halved(list, leader.applicant)
    const was = leader.validInventions
    const now = indexOf(next, moved)
      .applicants(HOME, 'validInventions')
      .find((a) => a.applicant === leader.applicant)
    expect(now?.validInventions).toBeLessThan(was)
    // The first test published the records: this screen starts with them.
    const screen = await openPage(own.browser, `${own.server.url}/#/screen?pages=applicants&rotate=600&refresh=600`, {
      width: 1920,
      height: 1080,
    })
    try {
      const value = screen.page.locator('[data-testid=screen-applicant]', { hasText: leader.name }).locator('td.value')
      await expect.poll(() => text(value), { timeout: 60_000 }).toBe(formatExactNumber(was, 'zh'))
      await screen.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
      const answers = asked(screen.page)

      await publish(next, moved)
      await expect.poll(() => text(value), { timeout: 60_000 }).toBe(formatExactNumber(now!.validInventions, 'zh'))
      expect(await screen.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
        true,
      )
      // The records file came again, once; the lookup, unchanged, was asked about and not downloaded again.
      const of = (name: string) => answers.filter((a) => a.path.endsWith(`/data/${name}`)).map((a) => a.status)
      expect(of('patents.bin').filter((s) => s === 200)).toHaveLength(1)
      expect(of('places.csv')).toContain(304)
      expect(of('places.csv')).not.toContain(200)
      expect(screen.errors).toEqual([])
    } finally {
      await screen.close()
    }
  }, 180_000)
})
