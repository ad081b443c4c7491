import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, currentVersion, HEADER, login, serverPerTest } from '../helpers'

const s = serverPerTest()

type Reply = {
  error?: string
  message?: { zh: string; en: string }
  problems?: { code: string; row?: number; params?: Record<string, string | number> }[]
}

/** A bulletin in the project's format; `items` are [date, title, summary]. */
function bulletin(
  items: readonly (readonly [string, string, string])[],
  { id = 'test-2025-09', source = 'https://example.invalid/bulletin-2025-09' } = {},
): string {
  return [
    '---',
    `id: ${id}`,
    'issue: 2025年第9期',
    'date: 2025-10-10',
    'title: 衡阳市知识产权工作简报',
    `source: ${source}`,
    '---',
    '',
    '测试用简报。',
    '',
    ...items.flatMap(([date, title, summary]) => [`## ${date} ${title}`, '', summary, '']),
  ].join('\n')
}

const TWO: [string, string, string][] = [
  ['2025-09-26', '第一项活动', '活动摘要。'],
  ['2025-09-28', '第二项活动', '活动摘要。'],
]

const publish = async (text: string, baseVersion = 1) => {
  const cookie = await login(s.server.url, 'alice')
  return call<Reply>(
    `${s.server.url}/api/publish`,
    'POST',
    { baseVersion, name: '工作简报', csv: HEADER, bulletin: { text } },
    { cookie },
  )
}

const refusedWith = async (text: string, code: string) => {
  const res = await publish(text)
  expect(res.status).toBe(422)
  expect(res.body.error).toBe('invalidData')
  expect(res.body.message?.zh).toBeTruthy()
  expect(res.body.message?.en).toBeTruthy()
  expect(await currentVersion(s.server.url)).toBe(1)
  return (res.body.problems ?? []).filter((p) => p.code === code)
}

describe('bulletins are held to the figures’ rules', () => {
  it('refuses a source naming another scheme than http(s), located at its line, and takes one in words as a figure’s', async () => {
    await s.start()
    for (const source of ['javascript:alert(1)', 'data:text/plain,x', 'JavaScript:alert(1)', 'vbscript:msgbox(1)']) {
      const problems = await refusedWith(bulletin(TWO, { source }), 'sourceNotLink')
      expect(problems).toEqual([expect.objectContaining({ row: 6, params: { value: source } })])
    }
    // Words are shown as text, as a figure's source in words is: the app cites a bulletin without an address so.
    expect((await publish(bulletin(TWO, { source: '衡阳市知识产权工作简报 2025年第9期' }))).status).toBe(200)
  })

  it('refuses HTML in a title or a summary, located at its line', async () => {
    await s.start()
    const text = bulletin([
      ['2025-09-26', '第一项活动<img src=x onerror="alert(1)">', '活动摘要。'],
      ['2025-09-28', '第二项活动', '摘要里有<script>alert(1)</script>。'],
    ])
    const problems = await refusedWith(text, 'htmlInText')
    expect(problems.map((p) => p.row)).toEqual([11, 17])
  })

  it('answers an identical re-publish with 422 nothingChanged and writes no version, even with other line breaks', async () => {
    await s.start()
    expect((await publish(bulletin(TWO))).status).toBe(200)
    for (const text of [bulletin(TWO), bulletin(TWO).replaceAll('\n', '\r\n')]) {
      const again = await publish(text, 2)
      expect(again.status).toBe(422)
      expect(again.body.error).toBe('nothingChanged')
      expect(again.body.message?.zh).toContain('第 2 版')
      expect(again.body.message?.en).toContain('version 2')
    }
    expect(await readdir(join(s.dirs.state, 'versions'))).toEqual(['1', '2'])
  })

  it('refuses more items than a bulletin may hold, at the first one too many', async () => {
    await s.start()
    const items = Array.from({ length: 1001 }, (_, i) => ['2025-09-26', `第${i + 1}项活动`, '摘要。'] as const)
    const problems = await refusedWith(bulletin(items), 'tooManyItems')
    expect(problems).toEqual([expect.objectContaining({ row: 11 + 1000 * 4, params: { size: 1001, max: 1000 } })])
  })

  it('refuses an item longer than an item may be, at its heading', async () => {
    await s.start()
    const text = bulletin([TWO[0] as [string, string, string], ['2025-09-28', '第二项活动', '长'.repeat(20_001)]])
    const problems = await refusedWith(text, 'itemTooLong')
    expect(problems).toEqual([expect.objectContaining({ row: 15, params: expect.objectContaining({ max: 20_000 }) })])
  })

  it('refuses a new issue beyond the number of issues a version may hold, and still replaces one', async () => {
    // The seed already holds the most issues a version may: written by hand, as data/ may be.
    const manifestPath = join(s.dirs.seed, 'manifest.json')
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      bulletins: string[]
    }
    for (let i = manifest.bulletins.length; i < 500; i++) {
      const name = `bulletins/test-${i}.md`
      await writeFile(join(s.dirs.seed, name), bulletin(TWO, { id: `test-${i}` }))
      manifest.bulletins.push(name)
    }
    await writeFile(manifestPath, JSON.stringify(manifest))
    await s.start()
    const problems = await refusedWith(bulletin(TWO, { id: 'test-new' }), 'tooManyBulletins')
    expect(problems).toEqual([expect.objectContaining({ params: { size: 501, max: 500 } })])
    const replaced = await publish(bulletin([['2025-09-30', '改过的活动', '摘要。']], { id: 'test-7' }))
    expect(replaced.status).toBe(200)
  })
})
