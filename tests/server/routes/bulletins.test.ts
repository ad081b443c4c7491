import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bulletinMarkdown } from '@/domain/bulletin/bulletinMarkdown'
import { readBulletinText } from '@/domain/bulletin/bulletinText'
import { assemblePublished } from '@/domain/published'
import { fetchPublishedFiles } from '@/io/publishedFiles'
import { loadCatalogue } from '../../support/embedded'
import { call, currentVersion, HEADER, login, ROOT, serverPerTest, text } from '../helpers'

const s = serverPerTest({ users: ['alice'], start: true })
const page = await readFile(join(ROOT, 'tests/fixtures/bulletins/hengyang-2023-no2.txt'), 'utf8')
const SOURCE = 'https://www.hengyang.gov.cn/amr/ztzl/yhyshj/zscqczyyhbh/zscqggfw/20230619/i3033276.html'

/** The office's page read as the browser reads it, in the project's format; `issue` renumbers it (a test edit). */
function bulletinText(issue = 2): string {
  const reading = readBulletinText(page.replace('第2期', `第${issue}期`), {
    catalogue: loadCatalogue(),
    homeRegion: '衡阳市',
  })
  if (!reading.ok) throw new Error(reading.failure)
  return bulletinMarkdown({ ...reading.bulletin, source: SOURCE })
}

const publish = (cookie: string, baseVersion: number, text: string) =>
  call(
    `${s.server.url}/api/publish`,
    'POST',
    { baseVersion, name: '工作简报', csv: HEADER, bulletin: { text } },
    { cookie },
  )

async function published() {
  return assemblePublished(await fetchPublishedFiles(fetch, `${s.server.url}/`))
}

describe('publishing a bulletin', () => {
  it('replaces the issue already published (same id) instead of adding a second copy', async () => {
    const cookie = await login(s.server.url, 'alice')
    const res = await publish(cookie, 1, bulletinText())
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ version: 2, counts: { added: 0, changed: 0, bulletins: 1 } })
    const now = await published()
    expect(now.bulletins.map((b) => b.id)).toEqual(['hengyang-2023-02'])
    expect(now.bulletins[0]?.wording).toBe('office')
    expect(now.bulletins[0]?.items.find((i) => i.date === '2023-04-25')?.summary).toContain('全年专利授权5183件')
    expect(now.problems).toEqual([])
  })

  it('adds a new issue as a file the manifest lists, which a rollback takes away again', async () => {
    const cookie = await login(s.server.url, 'alice')
    expect((await publish(cookie, 1, bulletinText(3))).status).toBe(200)
    const manifest = JSON.parse((await text(`${s.server.url}/data/manifest.json`)).body) as { bulletins: string[] }
    expect(manifest.bulletins).toEqual(['bulletins/2023-02.md', 'bulletins/hengyang-2023-03.md'])
    expect((await published()).bulletins.map((b) => b.issue)).toEqual(['2023年第2期', '2023年第3期'])
    const back = await call(`${s.server.url}/api/rollback`, 'POST', { version: 1, baseVersion: 2 }, { cookie })
    expect(back.status).toBe(200)
    expect((await published()).bulletins.map((b) => b.issue)).toEqual(['2023年第2期'])
  })

  it.each([
    ['a bulletin without a date', (t: string) => t.replace(/^date: .*$/m, ''), 422, 'invalidData'],
    ['a control character', (t: string) => t.replace('4月20日上午', '4月20日\u0007上午'), 400, 'badText'],
  ])('refuses %s, located, and makes no version', async (_what, edit, status, error) => {
    const cookie = await login(s.server.url, 'alice')
    const res = await publish(cookie, 1, edit(bulletinText(3)))
    expect(res.status).toBe(status)
    expect(res.body.error).toBe(error)
    expect(await currentVersion(s.server.url)).toBe(1)
  })
})
