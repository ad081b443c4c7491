import { describe, expect, it } from 'vitest'
import CompareView from '@/views/CompareView.vue'
import ChartPanel from '@/components/chart/ChartPanel.vue'
import type { Manifest, Published } from '@/domain/published'
import { publishedWith } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'

/** The embedded data with a changed manifest.json and, optionally, rows edited in observations.csv. */
const publishedAs = (manifest: Partial<Manifest>, observations?: (csv: string) => string): Published =>
  publishedWith({ manifest, observations })

async function compare(published: Published, lang: 'zh' | 'en' = 'zh') {
  const { wrapper } = await mountWithApp(CompareView, { published, lang, global: { stubs: { ChartPanel: true } } })
  return {
    heading: wrapper.get('.view-title').text(),
    titles: wrapper.findAllComponents(ChartPanel).map((p) => p.props('title') as string),
    note: wrapper.find('[data-testid=population-note]'),
    holders: wrapper.findAllComponents(ChartPanel).at(-1)?.props('table').columns as string[],
  }
}

describe('the compare page’s titles and note come from the catalogue and the data', () => {
  it('names the indicators and the population bases of the published data', async () => {
    const page = await compare(publishedAs({}))
    expect(page.heading).toBe('湖南省各市州对比')
    expect(page.titles).toEqual([
      '有效发明专利量 · 截至2025年7月',
      '每万人口有效发明专利拥有量 · 截至2025年7月',
      '衡阳市排名变化（按每万人口有效发明专利）',
      '2023年1—8月专利授权量',
      '有效发明专利权人构成 · 截至2025年7月',
    ])
    expect(page.holders.slice(0, 6)).toEqual(['地区', '大专院校', '科研单位', '工矿企业', '机关团体', '个人（非职务）'])
    expect(page.note.text()).toBe(
      '各统计表所用常住人口基数不同（如衡阳 2020—2021 年表为 730.06 万人，2025 年表为 643.43 万人），不同年份的密度不可严格比较。',
    )
  })

  it('in English too', async () => {
    const page = await compare(publishedAs({}), 'en')
    expect(page.heading).toBe('Hunan’s cities compared')
    expect(page.titles[2]).toBe('Rank of Hengyang by valid invention patents per 10k people')
    expect(page.titles[4]).toBe('Holders of valid invention patents · as of Jul 2025')
    expect(page.note.text()).toBe(
      'The tables use different population bases (Hengyang: 7.3006 million people in 2020–2021, 6.4343 million people in 2025), so densities of different years are not strictly comparable.',
    )
  })

  it('leaves the note out when every table used the same base', async () => {
    const page = await compare(
      publishedAs({}, (csv) =>
        csv.replace('衡阳市,2025-07,resident_population,643.43,', '衡阳市,2025-07,resident_population,730.06,'),
      ),
    )
    expect(page.note.exists()).toBe(false)
  })

  it('ranks and titles the indicators the manifest names', async () => {
    const page = await compare(
      publishedAs({
        compare: { count: 'resident_population', density: 'invention_patents_per_10k', flow: 'patent_grants' },
      }),
    )
    expect(page.titles[0]).toBe('常住人口 · 截至2025年7月')
  })
})
