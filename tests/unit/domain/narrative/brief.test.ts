import { describe, expect, it } from 'vitest'
import { briefContent, type BriefInput } from '@/domain/narrative/brief'
import { narrativeFacts, writeNarrative } from '@/domain/narrative/narrative'
import zhMain from '@/i18n/zh-CN'
import enMain from '@/i18n/en'
import zhTools from '@/i18n/zh-CN.tools'
import enTools from '@/i18n/en.tools'
import { loadEmbedded } from '../../../support/embedded'

const { dataset, settings, bulletins } = loadEmbedded()

// The brief's words come with the tools' messages, the narrative's with the app's own.
const zh = { ...zhMain, brief: zhTools.brief }
const en = { ...enMain, brief: enTools.brief }

function labels(m: typeof zh): BriefInput['labels'] {
  const b = m.brief
  return {
    title: b.title.replace('{region}', '衡阳市'),
    statistics: b.statistics,
    charts: b.charts,
    figures: b.figures,
    events: b.events,
    warnings: b.warnings,
    columns: [b.indicator, b.period, b.value, b.unit, b.source],
    page: b.page,
  }
}

function brief(lang: 'zh' | 'en', warnings?: readonly string[]) {
  const m = lang === 'zh' ? zh : en
  const facts = narrativeFacts(dataset, settings, '衡阳市')
  return briefContent({
    facts,
    sentences: writeNarrative(facts, '衡阳市', dataset.catalogue, lang, m.narrative),
    catalogue: dataset.catalogue,
    lang,
    labels: labels(m),
    today: '2026-12-07',
    bulletin: bulletins[0],
    bulletinName: '衡阳市知识产权工作简报 2023年第2期',
    warnings,
  })
}

describe('the Word brief of the embedded data', () => {
  it('has a masthead with the issuer the bulletin names and the date it is written', () => {
    const b = brief('zh')
    expect(b.title).toBe('衡阳市知识产权统计简报')
    expect(b.issuer).toBe('衡阳市市场监督管理局（市知识产权局）')
    expect(b.date).toBe('2026年12月7日')
    expect(brief('en').date).toBe('7 Dec 2026')
  })

  it('writes the statistics paragraph as plain sentences', () => {
    expect(brief('zh').statistics[0]).toMatch(/^截至2025年7月，衡阳市有效发明专利量4558件，较2022年末增长43.5%/)
  })

  it('tables every figure the paragraph quotes, bases after their figures, in the order of the lead indicators', () => {
    const rows = brief('zh').table.rows
    expect(rows).toContainEqual([
      '有效发明专利量',
      '截至2025年7月',
      '4558',
      '件',
      'http://www.huaihua.gov.cn/amr/c110025/202509/37da8cfd19c64f1cbf45720aad244168.shtml',
    ])
    expect(rows).toContainEqual([
      '有效发明专利量',
      '2022年末',
      '3176',
      '件',
      'https://www.hengyang.gov.cn/amr/ztzl/yhyshj/zscqczyyhbh/zscqggfw/20230619/i3033276.html',
    ])
    expect(rows.map((r) => `${r[0]} ${r[1]} ${r[2]}`)).toEqual([
      '专利授权量 2022年 5183',
      '专利授权量 2023年1—8月 3018',
      '有效发明专利量 截至2025年7月 4558',
      '有效发明专利量 2022年末 3176',
      'PCT国际专利申请量 2022年 42',
      '发明专利授权量 2022年 781',
      '每万人口有效发明专利拥有量 截至2025年7月 7.08',
      '有效注册商标量 2022年末 59590',
      '有效注册商标量 截至2022年10月 56533',
    ])
    expect(brief('en').table.columns).toEqual(['Indicator', 'Period', 'Value', 'Unit', 'Source'])
    expect(brief('en').table.rows[2]?.slice(0, 4)).toEqual([
      'Valid invention patents',
      'as of Jul 2025',
      '4,558',
      'items',
    ])
  })

  it('lists the latest bulletin’s five events with their dates', () => {
    const events = brief('zh').events
    expect(events?.from).toBe('衡阳市知识产权工作简报 2023年第2期')
    expect(events?.items.map((i) => i.date)).toEqual([
      '2023年4月20日',
      '2023年4月21日',
      '2023年4月25日',
      '2023年4月26日',
      '2023年4月27日',
    ])
    expect(brief('en').events?.items[1]?.title).toBe('IP lecture at Baisha Experimental School')
  })

  it('carries the warnings it is given, and none when there are none', () => {
    expect(brief('zh').warnings).toEqual([])
    expect(brief('zh', ['一条预警']).warnings).toEqual(['一条预警'])
  })
})
