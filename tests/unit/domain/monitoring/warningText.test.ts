import { describe, it, expect } from 'vitest'
import { Dataset } from '@/domain/dataset'
import { monitorWarnings, type Warning } from '@/domain/monitoring/warnings'
import type { Catalogue } from '@/domain/catalogue'
import type { Lang } from '@/domain/display/lang'
import { warningSentence, type Translate } from '@/domain/monitoring/warningText'
import { targetGroups } from '@/domain/monitoring/target'
import { createAppI18n } from '@/i18n/createAppI18n'
import en from '@/i18n/en'
import { loadCatalogue, loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const translator = (locale: 'zh-CN' | 'en'): Translate => {
  const { global } = createAppI18n(locale, en)
  return (key, params) => global.t(key, params)
}
// Every warning in words, in order, as useWatch lists them.
const warningSentences = (warnings: readonly Warning[], catalogue: Catalogue, lang: Lang, t: Translate) =>
  warnings.map((w) => warningSentence(w, catalogue, lang, t))
const zh = translator('zh-CN')
const english = translator('en')
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)

describe('warningSentences on the embedded data, 7 December 2026', () => {
  const { dataset, settings } = loadEmbedded()
  const warnings = monitorWarnings({
    dataset,
    region: '衡阳市',
    indicators: settings.lead,
    rankIndicator: settings.rank,
    targets: [],
    today: day(2026, 12, 7),
  })

  it('says in Chinese that patent grants stop at 2022 and when 2023 was due', () => {
    expect(warningSentences(warnings, dataset.catalogue, 'zh', zh)[0]).toBe(
      '专利授权量最新数据为2022年，按发布周期应于2024年6月30日前更新，至今未见新数据',
    )
  })

  it('says the same in English', () => {
    expect(warningSentences(warnings, dataset.catalogue, 'en', english)[0]).toBe(
      'Patent grants: the latest figure is for 2022; a newer one was due by 30 Jun 2024 and has not been published',
    )
  })

  it('names a month table by its month end', () => {
    expect(warningSentences(warnings, dataset.catalogue, 'zh', zh)[1]).toBe(
      '有效发明专利量最新数据为2025年7月末，按发布周期应于2025年10月31日前更新，至今未见新数据',
    )
  })
})

describe('warningSentences for each rule', () => {
  const catalogue = loadCatalogue()
  const { plan } = loadEmbedded()
  const density = { indicator: 'invention_patents_per_10k', unit: '件/万人' }
  const table = (key: string, mine: number) => [obs(key, mine, density), obs(key, 5, { ...density, region: '长沙市' })]
  const gi = { indicator: 'geographical_indications' }
  const cases: [string, ReturnType<typeof obs>[], string, string][] = [
    [
      'a fall',
      [obs('2022', 100), obs('2023', 90)],
      '专利授权量下降：2023年 90件，同比 −10%',
      'Patent grants fell: 2023 90, YoY −10%',
    ],
    [
      'a jump',
      [obs('2022', 100), obs('2023', 600)],
      '专利授权量2023年为600件，较2022年（100件）变化异常，请核实',
      'Patent grants: 2023 600 moved implausibly against 2022 (100); please check',
    ],
    [
      'a rank lost',
      [...table('2024-06', 6), ...table('2024-12', 4)],
      '每万人口有效发明专利拥有量全省排名由截至2024年6月第1名降至截至2024年12月第2名',
      'Valid invention patents per 10k people: rank in the province fell from no. 1 (as of Jun 2024) to no. 2 (as of Dec 2024)',
    ],
    [
      'a target behind the pace',
      [obs('2026', 16, { ...gi, status: 'target' }), obs('2025', 8, gi)],
      '地理标志总量截至2025年末完成目标的50%，滞后于序时进度（78.2%）',
      'Geographical indications: 50% of the target reached by end of 2025, behind the plan’s pace (78.2%)',
    ],
  ]
  it.each(cases)('%s', (_, observations, inChinese, inEnglish) => {
    const ds = new Dataset(observations, catalogue)
    const today = day(2026, 6, 1)
    const targets = targetGroups(ds, '衡阳市', plan, today).flatMap((g) => g.targets)
    const ws = monitorWarnings({
      dataset: ds,
      region: '衡阳市',
      indicators: ['patent_grants'],
      rankIndicator: 'invention_patents_per_10k',
      targets,
      today: day(2024, 1, 10),
    })
    expect(warningSentences(ws, catalogue, 'zh', zh)).toEqual([inChinese])
    expect(warningSentences(ws, catalogue, 'en', english)).toEqual([inEnglish])
  })
})
