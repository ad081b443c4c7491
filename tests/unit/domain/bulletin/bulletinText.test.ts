import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseBulletin, type Bulletin } from '@/domain/bulletin/bulletin'
import { bulletinMarkdown } from '@/domain/bulletin/bulletinMarkdown'
import { readBulletinText } from '@/domain/bulletin/bulletinText'
import { checkClaim, checkFigure } from '@/domain/bulletin/figureCheck'
import { loadBulletinText, loadCatalogue, loadEmbedded } from '../../../support/embedded'

const here = dirname(fileURLToPath(import.meta.url))
const PAGE = readFileSync(resolve(here, '../../../fixtures/bulletins/hengyang-2023-no2.txt'), 'utf8')
const catalogue = loadCatalogue()
const ctx = { catalogue, homeRegion: '衡阳市' }

function read(text: string): Bulletin {
  const r = readBulletinText(text, ctx)
  if (!r.ok) throw new Error(`not read: ${r.failure}`)
  return r.bulletin
}

/** A bulletin page of one item, dated as the office dates it, around the given sentence. */
const page = (date: string, sentence: string) =>
  `衡阳市知识产权\n工 作 简 报\n第5期\n衡阳市市场监督管理局(市知识产权局)  ${date}\n\n全市知识产权工作情况\n\n${sentence}\n`

describe('readBulletinText on the office web page of 2023 No. 2', () => {
  const b = read(PAGE)
  const embedded = parseBulletin(loadBulletinText(), 'bulletins/2023-02.md').bulletin

  it('reads the masthead: issuer, issue and year, date, title, editor’s note', () => {
    expect(b).toMatchObject({
      id: embedded?.id,
      issue: embedded?.issue,
      issueEn: embedded?.issueEn,
      date: '2023-05-06',
      published: '2023-06-19',
      title: '衡阳市知识产权工作简报',
      publisher: '衡阳市市场监督管理局(市知识产权局)',
      region: '衡阳市',
      wording: 'office',
    })
    expect(b.intro).toMatch(/^衡阳市围绕"加强知识产权法治保障/)
  })

  it('matches the contents to the five item headings, dated 2023-04-20 … 04-27, as the embedded issue', () => {
    expect(b.items).toHaveLength(5)
    expect(b.items.map((i) => i.date).sort()).toEqual(embedded?.items.map((i) => i.date))
    expect(b.items.map((i) => i.title)).toContain(
      '召开衡阳市知识产权协调领导小组和市"双打"工作领导小组联席会议暨宣传周活动启动仪式',
    )
    // The office's text is kept whole.
    expect(b.items[1]?.summary).toContain('全年专利授权5183件,有效发明专利3176件')
  })

  it('cites the six 2022 figures of the press conference, each ✓ against the data, and the doubling claim', () => {
    const press = b.items.find((i) => i.date === '2023-04-25')
    const want = embedded?.items.find((i) => i.date === '2023-04-25')
    expect(press?.figures).toEqual(want?.figures)
    expect(press?.claims).toEqual(want?.claims)
    const { dataset } = loadEmbedded()
    expect(press?.figures.map((f) => checkFigure(f, dataset).status)).toEqual(Array(6).fill('match'))
    const claim = press?.claims[0]
    if (!claim || !press) throw new Error('no claim')
    const recomputed = checkClaim(claim, press.figures, dataset)
    expect(recomputed.find((c) => c.indicator === 'valid_invention_patents')).toMatchObject({ baseValue: 1623 })
  })

  it('writes the project’s bulletin format, which reads back to the same bulletin', () => {
    const back = parseBulletin(bulletinMarkdown({ ...b, source: 'https://example.gov.cn/b.html' }), 'b.md')
    expect(back.problems).toEqual([])
    expect(back.bulletin?.items.map((i) => [i.date, i.title, i.summary, i.figures, i.claims])).toEqual(
      [...b.items]
        .sort((x, y) => x.date.localeCompare(y.date))
        .map((i) => [i.date, i.title, i.summary, i.figures, i.claims]),
    )
    expect(back.bulletin?.wording).toBe('office')
  })
})

describe('readBulletinText on other phrasings', () => {
  it.each([
    [
      '2023年5月6日',
      '2022年,全市全年专利授权5183件。',
      { region: '衡阳市', periodKey: '2022', indicator: 'patent_grants', value: 5183 },
    ],
    [
      '2025年8月20日',
      '截至7月底,全市有效发明专利4558件。',
      { region: '衡阳市', periodKey: '2025-07', indicator: 'valid_invention_patents', value: 4558 },
    ],
    [
      '2023年9月10日',
      '2023年1—8月,衡阳市专利授权3018件。',
      { region: '衡阳市', periodKey: '2023-01..08', indicator: 'patent_grants', value: 3018 },
    ],
    [
      '2023年9月10日',
      '2023年1-8月,全市专利授权3018件。',
      { region: '衡阳市', periodKey: '2023-01..08', indicator: 'patent_grants', value: 3018 },
    ],
    [
      '2024年6月3日',
      '今年以来,全市新增授权专利1800件。',
      { region: '衡阳市', periodKey: '2024-01..06', indicator: 'patent_grants', value: 1800 },
    ],
    [
      '2024年6月3日',
      '截至2024年5月末,全市有效注册商标达6.5万件。',
      { region: '衡阳市', periodKey: '2024-05', indicator: 'valid_trademarks', value: 65000 },
    ],
    [
      '2024年1月15日',
      '截至12月底,全市每万人口有效发明专利拥有量6.1件。',
      { region: '衡阳市', periodKey: '2023', indicator: 'invention_patents_per_10k', value: 6.1 },
    ],
    [
      '2023年9月10日',
      '2023年1至8月,长沙市专利授权25,000件。',
      { region: '长沙市', periodKey: '2023-01..08', indicator: 'patent_grants', value: 25000 },
    ],
  ])('in a bulletin of %s, "%s" cites %o', (date, sentence, figure) => {
    expect(read(page(date, sentence)).items[0]?.figures).toEqual([figure])
  })

  it('reads "居全省第6位" as the place of the figure before it', () => {
    const b = read(page('2025年8月20日', '截至7月底,全市每万人口有效发明专利拥有量7.08件,居全省第6位。'))
    expect(b.items[0]?.ranks).toEqual([
      { region: '衡阳市', periodKey: '2025-07', indicator: 'invention_patents_per_10k', rank: 6, text: '居全省第6位' },
    ])
  })

  it.each([
    ['同比增长12.5%', 1.125],
    ['同比下降3%', 0.97],
  ])('reads "%s" as a claim on the figure before it, against the year before', (words, multiple) => {
    const b = read(page('2024年6月3日', `2023年,全市专利授权5600件,${words}。`))
    expect(b.items[0]?.claims).toEqual([
      { region: '衡阳市', periodKey: '2023', basePeriodKey: '2022', multiple, text: words, indicator: 'patent_grants' },
    ])
  })

  it('dates an item from its text with the bulletin’s year ("9月26日下午"), a later month in the year before', () => {
    expect(read(page('2024年10月8日', '9月26日下午,召开会议。')).items[0]?.date).toBe('2024-09-26')
    expect(read(page('2024年1月8日', '12月26日下午,召开会议。')).items[0]?.date).toBe('2023-12-26')
  })

  it('leaves the date empty when the text names none, for the preview to ask', () => {
    const b = read('全市知识产权工作情况\n\n召开会议,部署全年工作。\n')
    expect(b.date).toBe('')
    expect(b.items[0]?.date).toBe('')
  })

  it.each([
    ['', 'empty'],
    ['  \n \u3000\n', 'empty'],
    ['<p>衡阳市知识产权</p><script>alert(1)</script>', 'markup'],
  ])('refuses %j (%s)', (text, failure) => {
    expect(readBulletinText(text, ctx)).toEqual({ ok: false, failure })
  })
})
