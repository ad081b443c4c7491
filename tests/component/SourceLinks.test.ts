import { describe, expect, it } from 'vitest'
import KpiCard from '@/components/kpi/KpiCard.vue'
import TargetList from '@/components/target/TargetList.vue'
import BulletinPanel from '@/components/bulletin/BulletinPanel.vue'
import BulletinsView from '@/views/BulletinsView.vue'
import ProblemList from '@/components/import/ProblemList.vue'
import { headline } from '@/domain/narrative/headline'
import { targetGroups } from '@/domain/monitoring/target'
import { loadEmbedded } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'
import { readBytes } from '../support/importFixture'
import { ok } from '../support/readResult'

const hostile = 'javascript:alert(1)'
const published = loadEmbedded()
const { dataset } = published
const links = (html: string) => html.match(/<a\b[^>]*>/g) ?? []

describe('a source that is not an http(s) URL', () => {
  it('is text on a KPI card', async () => {
    const h = headline(dataset, '衡阳市', 'valid_invention_patents')
    if (!h) throw new Error('no headline')
    const { wrapper } = await mountWithApp(KpiCard, {
      props: { headline: { ...h, latest: { ...h.latest, source: hostile } }, selected: false },
    })
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)
    expect(links(wrapper.html())).toEqual([])
    expect(wrapper.get('.kpi-source').text()).toBe(`来源：${hostile}`)
  })

  it('is text in the targets, while an http(s) one stays a link', async () => {
    const [first, ...rest] = targetGroups(dataset, '衡阳市', undefined, 0)[0]?.targets ?? []
    if (!first) throw new Error('no targets')
    const targets = [{ ...first, target: { ...first.target, source: ` ${hostile}` } }, ...rest]
    const { wrapper } = await mountWithApp(TargetList, { props: { groups: [{ nameZh: '', nameEn: '', targets }] } })
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)
    expect(wrapper.find('a[href*="javascript"]').exists()).toBe(false)
    expect(wrapper.findAll('.target')[0]?.get('.source-text').text()).toBe(`来源： ${hostile}`)
    expect(wrapper.findAll('.target a')).toHaveLength(rest.length)
    for (const a of wrapper.findAll('.target a')) expect(a.attributes('href')).toMatch(/^https?:\/\//)
  })

  it('is text in the bulletin panel and on the bulletins page', async () => {
    const [bulletin, ...others] = published.bulletins
    if (!bulletin) throw new Error('no bulletin')
    const damaged = { ...bulletin, source: 'data:text/html,<script>alert(1)</script>' }
    const panel = await mountWithApp(BulletinPanel, { props: { bulletin: damaged } })
    expect(panel.wrapper.find('a[href^="data"]').exists()).toBe(false)
    expect(panel.wrapper.get('.source-text').text()).toBe(`原文：${damaged.source}`)

    const view = await mountWithApp(BulletinsView, {
      published: { ...published, bulletins: [{ ...bulletin, source: 'vbscript:msgbox(1)' }, ...others] },
    })
    expect(view.wrapper.find('a[href^="vbscript"]').exists()).toBe(false)
    expect(view.wrapper.get(`[data-bulletin="${bulletin.id}"] .source-text`).text()).toBe('原文：vbscript:msgbox(1)')
  })
})

describe('the import preview', () => {
  it('lists a source that is no http(s) link as a warning at its row and column letter', async () => {
    const csv = '地区,时期,指标,数值,来源\r\n衡阳市,2022,patent_grants,5183,javascript:alert(1)\r\n'
    const r = ok(await readBytes(new Uint8Array(Buffer.from(csv, 'utf8'))))
    const { wrapper } = await mountWithApp(ProblemList, {
      props: { problems: r.problems, errorCount: r.errorCount, warningCount: r.warningCount },
    })
    expect(wrapper.get('h3').text()).toContain('1 处提醒')
    const item = wrapper.get('li[data-code=sourceNotLink]')
    expect(item.classes()).toContain('warning')
    expect(item.text()).toBe('第 2 行 E 列 来源“javascript:alert(1)”不是 http(s) 链接，只作为文字显示')
  })
})
