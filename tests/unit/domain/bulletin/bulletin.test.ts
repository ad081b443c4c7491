import { describe, it, expect } from 'vitest'
import { parseBulletin, type Bulletin } from '@/domain/bulletin/bulletin'
import { loadBulletinText } from '../../../support/embedded'

const TEXT = loadBulletinText('2023-02.md')

function parsed(): Bulletin {
  const { bulletin, problems } = parseBulletin(TEXT, 'bulletins/2023-02.md')
  expect(problems).toEqual([])
  if (!bulletin) throw new Error('bulletin did not parse')
  return bulletin
}

/** The embedded bulletin with one line replaced (1-based line number), for malformed inputs. */
function withLine(lineNo: number, replacement: string): string {
  const lines = TEXT.split('\n')
  lines[lineNo - 1] = replacement
  return lines.join('\n')
}

const lineOf = (prefix: string) => TEXT.split('\n').findIndex((l) => l.startsWith(prefix)) + 1

describe('parseBulletin on the embedded 2023 No. 2 bulletin', () => {
  it('reads the front matter', () => {
    const b = parsed()
    expect(b).toMatchObject({
      id: 'hengyang-2023-02',
      issue: '2023年第2期',
      issueEn: '2023, No. 2',
      date: '2023-05-06',
      published: '2023-06-19',
      title: '衡阳市知识产权工作简报',
      titleEn: 'Hengyang IP Work Bulletin',
      publisher: '衡阳市市场监督管理局（市知识产权局）',
      region: '衡阳市',
      source: 'https://www.hengyang.gov.cn/amr/ztzl/yhyshj/zscqczyyhbh/zscqggfw/20230619/i3033276.html',
    })
    expect(b.intro).toContain('五项活动')
    expect(b.introEn).toContain('five events')
    expect(b.intro).not.toContain('en:')
  })

  it('has five items of the IP publicity week, in date order', () => {
    expect(parsed().items.map((i) => i.date)).toEqual([
      '2023-04-20',
      '2023-04-21',
      '2023-04-25',
      '2023-04-26',
      '2023-04-27',
    ])
  })

  it('gives every item a Chinese and an English title and summary', () => {
    for (const item of parsed().items) {
      expect(item.title, item.date).not.toBe('')
      expect(item.titleEn, item.date).not.toBe('')
      expect(item.summary, item.date).toMatch(/[\u4e00-\u9fff]/)
      expect(item.summaryEn, item.date).toMatch(/^[\x20-\x7e–]+$/)
      expect(item.summary, item.date).not.toContain('figure:')
      expect(item.summary, item.date).not.toContain('title_en:')
    }
    expect(parsed().items[1]?.titleEn).toBe('IP lecture at Baisha Experimental School')
  })

  it('lets only the 04-25 press conference cite figures: the six 2022 figures and the doubling claim', () => {
    const items = parsed().items
    const press = items.find((i) => i.date === '2023-04-25')
    expect(press?.title).toBe('召开衡阳市知识产权保护工作新闻发布会')
    expect(press?.figures).toEqual([
      { region: '衡阳市', periodKey: '2022', indicator: 'patent_grants', value: 5183 },
      { region: '衡阳市', periodKey: '2022', indicator: 'valid_invention_patents', value: 3176 },
      { region: '衡阳市', periodKey: '2022', indicator: 'pct_applications', value: 42 },
      { region: '衡阳市', periodKey: '2022', indicator: 'invention_grants', value: 781 },
      { region: '衡阳市', periodKey: '2022', indicator: 'invention_patents_per_10k', value: 4.8 },
      { region: '衡阳市', periodKey: '2022', indicator: 'valid_trademarks', value: 59590 },
    ])
    expect(press?.claims).toEqual([
      { region: '衡阳市', periodKey: '2022', basePeriodKey: '2019', multiple: 2, text: '较3年前均实现翻番' },
    ])
    for (const other of items.filter((i) => i !== press)) {
      expect(other.figures).toEqual([])
      expect(other.claims).toEqual([])
    }
  })

  it('reads the same with Windows line endings and a byte-order mark', () => {
    const { bulletin, problems } = parseBulletin('\uFEFF' + TEXT.replace(/\n/g, '\r\n'), 'x.md')
    expect(problems).toEqual([])
    expect(bulletin).toEqual(parsed())
  })

  it('sorts items written out of order', () => {
    const start = lineOf('## 2023-04-20')
    const end = lineOf('## 2023-04-21')
    const lines = TEXT.split('\n')
    const first = lines.slice(start - 1, end - 1)
    const reordered = [...lines.slice(0, start - 1), ...lines.slice(end - 1), '', ...first].join('\n')
    const { bulletin } = parseBulletin(reordered, 'x.md')
    expect(bulletin?.items.map((i) => i.date)).toEqual([
      '2023-04-20',
      '2023-04-21',
      '2023-04-25',
      '2023-04-26',
      '2023-04-27',
    ])
    expect(bulletin?.items[0]?.titleEn).toBe(parsed().items[0]?.titleEn)
  })
})

describe('parseBulletin problems', () => {
  it('rejects a file without front matter at row 1', () => {
    const { bulletin, problems } = parseBulletin('## 2023-04-20 标题\n正文', 'b.md')
    expect(bulletin).toBeUndefined()
    expect(problems).toMatchObject([{ severity: 'error', code: 'badBulletin', file: 'b.md', row: 1 }])
  })

  it('rejects front matter that is never closed', () => {
    const { bulletin, problems } = parseBulletin('---\nid: x\nissue: y\n', 'b.md')
    expect(bulletin).toBeUndefined()
    expect(problems).toMatchObject([
      { code: 'badBulletin', row: 1, params: { reason: 'front matter is not closed with ---' } },
    ])
  })

  it('names each missing front-matter key', () => {
    const { bulletin, problems } = parseBulletin('---\nid: x\ntitle: t\n---\n', 'b.md')
    expect(bulletin).toBeUndefined()
    expect(problems.map((p) => p.params?.reason)).toEqual([
      'front matter lacks issue',
      'front matter lacks date',
      'front matter lacks source',
    ])
  })

  it('rejects a bulletin date that is not YYYY-MM-DD', () => {
    const { problems } = parseBulletin(withLine(lineOf('date:'), 'date: 2023/05/06'), 'b.md')
    expect(problems).toMatchObject([
      { code: 'badBulletin', row: 1, params: { reason: 'date must be a real YYYY-MM-DD date, not 2023/05/06' } },
    ])
  })

  it('names the row of a front-matter line that is not "key: value"', () => {
    const row = lineOf('publisher_en:')
    const { bulletin, problems } = parseBulletin(withLine(row, 'publisher_en = Hengyang IP Office'), 'b.md')
    expect(bulletin).toBeUndefined()
    expect(problems).toEqual([
      { severity: 'error', code: 'badBulletin', file: 'b.md', row, params: { reason: 'not a "key: value" line' } },
    ])
  })

  it.each([
    ['a non-numeric value', 'figure: 衡阳市 | 2022 | patent_grants | 五千'],
    ['a bad period', 'figure: 衡阳市 | 2022-13 | patent_grants | 5183'],
    ['a missing part', 'figure: 衡阳市 | 2022 | 5183'],
    ['an extra part', 'figure: 衡阳市 | 2022 | patent_grants | 5183 | 件'],
    ['an empty region', 'figure:  | 2022 | patent_grants | 5183'],
  ])('names the row of a figure line with %s', (_, line) => {
    const row = lineOf('figure: 衡阳市 | 2022 | patent_grants')
    const { bulletin, problems } = parseBulletin(withLine(row, line), 'b.md')
    expect(bulletin).toBeUndefined()
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'badBulletin',
        file: 'b.md',
        row,
        params: { reason: 'a figure line is "figure: region | period | indicator | value"' },
      },
    ])
  })

  it.each([
    ['a zero multiple', 'claim: 衡阳市 | 2022 | 2019 | 0 | 翻番'],
    ['no words', 'claim: 衡阳市 | 2022 | 2019 | 2'],
    ['a bad base period', 'claim: 衡阳市 | 2022 | 三年前 | 2 | 翻番'],
  ])('names the row of a claim line with %s', (_, line) => {
    const row = lineOf('claim:')
    const { problems } = parseBulletin(withLine(row, line), 'b.md')
    expect(problems).toMatchObject([{ code: 'badBulletin', row }])
  })

  it('names the row of a heading that is not "## YYYY-MM-DD title"', () => {
    const row = lineOf('## 2023-04-21')
    const { problems } = parseBulletin(withLine(row, '## 4月21日 开展知识产权进校园'), 'b.md')
    expect(problems).toMatchObject([
      { code: 'badBulletin', row, params: { reason: 'an item heading must be "## YYYY-MM-DD title"' } },
    ])
  })

  it('keeps markup in prose as plain text', () => {
    const row = lineOf('## 2023-04-21') + 3
    const { bulletin } = parseBulletin(withLine(row, '<script>alert(1)</script>'), 'b.md')
    expect(bulletin?.items[1]?.summary).toBe('<script>alert(1)</script>')
  })
})

describe('parseBulletin dates', () => {
  it('refuses an impossible item date with its row', () => {
    const row = lineOf('## 2023-04-21')
    const { bulletin, problems } = parseBulletin(withLine(row, '## 2023-02-30 不存在的日期'), 'b.md')
    expect(bulletin).toBeUndefined()
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'badBulletin',
        file: 'b.md',
        row,
        params: { reason: '2023-02-30 is not a calendar date' },
      },
    ])
  })

  it('refuses an impossible issue date', () => {
    const { problems } = parseBulletin(TEXT.replace('date: 2023-05-06', 'date: 2023-13-01'), 'b.md')
    expect(problems).toMatchObject([
      { code: 'badBulletin', row: 1, params: { reason: 'date must be a real YYYY-MM-DD date, not 2023-13-01' } },
    ])
  })
})
