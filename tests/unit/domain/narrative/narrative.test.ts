import { describe, expect, it } from 'vitest'
import { Dataset } from '@/domain/dataset'
import { narrativeFacts, writeNarrative, type Sentence } from '@/domain/narrative/narrative'
import type { Observation } from '@/domain/observation'
import zh from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { loadCatalogue, loadEmbedded } from '../../../support/embedded'
import { obs } from '../../../support/obsFixture'

const PHRASES = { zh: zh.narrative, en: en.narrative }
const plain = (sentences: readonly Sentence[]) => sentences.map((s) => s.map((p) => p.text).join(''))

describe('the statistics paragraph of the embedded data, 衡阳市', () => {
  const { dataset, settings } = loadEmbedded()
  const facts = narrativeFacts(dataset, settings, '衡阳市')
  const write = (lang: 'zh' | 'en') => writeNarrative(facts, '衡阳市', dataset.catalogue, lang, PHRASES[lang])

  it('writes one sentence a period, newest first, in Chinese', () => {
    expect(plain(write('zh'))).toEqual([
      '截至2025年7月，衡阳市有效发明专利量4558件，较2022年末增长43.5%，在湖南省14个市州中居第4位；每万人口有效发明专利拥有量7.08件/万人，在湖南省14个市州中居第6位。',
      '2022年，衡阳市专利授权量5183件，2023年1—8月为3018件；PCT国际专利申请量42件；发明专利授权量781件。',
      '2022年末，衡阳市有效注册商标量59590件，较2022年10月末增长5.4%。',
    ])
  })

  it('writes the same figures in English', () => {
    expect(plain(write('en'))).toEqual([
      'Hengyang, as of Jul 2025: Valid invention patents 4,558, up 43.5% on end of 2022, No. 4 of 14 cities in Hunan Province; Valid invention patents per 10k people 7.08 per 10k people, No. 6 of 14 cities in Hunan Province.',
      'Hengyang, 2022: Patent grants 5,183, 3,018 in Jan–Aug 2023; PCT international applications 42; Invention patent grants 781.',
      'Hengyang, end of 2022: Valid registered trademarks 59,590, up 5.4% on end of Oct 2022.',
    ])
  })

  it('gives every figure the source it was published in', () => {
    const sourced = write('zh')
      .flat()
      .filter((p) => p.source)
    expect(sourced.find((p) => p.text === '4558件')?.source).toMatch(/huaihua\.gov\.cn/)
    // The base of a change is linked to where the base was published.
    expect(sourced.find((p) => p.text === '2022年末')?.source).toMatch(/hengyang\.gov\.cn/)
    expect(sourced.find((p) => p.text === '6')?.source).toMatch(/huaihua\.gov\.cn/)
    expect(sourced.find((p) => p.text === '3018件')?.source).toMatch(/amr\.hunan\.gov\.cn/)
    expect(sourced.every((p) => p.source !== 'test')).toBe(true)
  })

  it('does not compare the 2025 density with 2022: its population base was published elsewhere', () => {
    const density = facts.find((f) => f.indicator.id === 'invention_patents_per_10k')
    expect(density?.figure.value).toBe(7.08)
    expect(density?.change).toBeUndefined()
  })

  it('as of 2022 states the growth against the figure three years before', () => {
    const at2022 = narrativeFacts(dataset, settings, '衡阳市', 2022)
    const text = plain(writeNarrative(at2022, '衡阳市', dataset.catalogue, 'zh', PHRASES.zh)).join('')
    expect(text).toContain('有效发明专利量3176件，较2022年10月末增长5.8%，为2019年末的1.96倍')
  })
})

describe('a comparison with no base is left out', () => {
  const catalogue = loadCatalogue()
  const write = (figures: readonly Observation[], lead: string, lang: 'zh' | 'en') => {
    const ds = new Dataset(figures, catalogue)
    const facts = narrativeFacts(ds, { lead: [lead], rank: lead }, '衡阳市')
    return plain(writeNarrative(facts, '衡阳市', catalogue, lang, PHRASES[lang])).join('')
  }
  const grants = (periodKey: string, value: number) => obs(periodKey, value)
  const density = (periodKey: string, value: number, source: string) =>
    obs(periodKey, value, { indicator: 'invention_patents_per_10k', unit: '件/万人', source })

  it.each([
    [
      'no previous year',
      [grants('2023', 5200)],
      'patent_grants',
      '2023年，衡阳市专利授权量5200件。',
      'Hengyang, 2023: Patent grants 5,200.',
    ],
    [
      'a zero base',
      [grants('2022', 0), grants('2023', 5200)],
      'patent_grants',
      '2023年，衡阳市专利授权量5200件。',
      'Hengyang, 2023: Patent grants 5,200.',
    ],
    [
      'periods of different kinds (Jan–Aug against a year total)',
      [grants('2022', 5183), grants('2023-01..08', 3018)],
      'patent_grants',
      '2022年，衡阳市专利授权量5183件，2023年1—8月为3018件。',
      'Hengyang, 2022: Patent grants 5,183, 3,018 in Jan–Aug 2023.',
    ],
    [
      'a rank with no table of the province (only this city has the figure)',
      [obs('2025-07', 4558, { indicator: 'valid_invention_patents' })],
      'valid_invention_patents',
      '截至2025年7月，衡阳市有效发明专利量4558件。',
      'Hengyang, as of Jul 2025: Valid invention patents 4,558.',
    ],
    [
      'a ratio whose earlier base was published on another population',
      [density('2022', 4.8, 'a'), density('2025-07', 7.08, 'b')],
      'invention_patents_per_10k',
      '截至2025年7月，衡阳市每万人口有效发明专利拥有量7.08件/万人。',
      'Hengyang, as of Jul 2025: Valid invention patents per 10k people 7.08 per 10k people.',
    ],
  ])('%s', (_case, figures, lead, zhText, enText) => {
    expect(write(figures, lead, 'zh')).toBe(zhText)
    expect(write(figures, lead, 'en')).toBe(enText)
  })

  it.each([
    [
      'a rise',
      5000,
      '2023年，衡阳市专利授权量5200件，较2022年增长4%。',
      'Hengyang, 2023: Patent grants 5,200, up 4% on 2022.',
    ],
    [
      'a fall',
      5400,
      '2023年，衡阳市专利授权量5200件，较2022年下降3.7%。',
      'Hengyang, 2023: Patent grants 5,200, down 3.7% on 2022.',
    ],
    [
      'no change',
      5200,
      '2023年，衡阳市专利授权量5200件，与2022年持平。',
      'Hengyang, 2023: Patent grants 5,200, unchanged from 2022.',
    ],
  ])('states %s against a like period the data holds', (_case, base, zhText, enText) => {
    const figures = [grants('2022', base), grants('2023', 5200)]
    expect(write(figures, 'patent_grants', 'zh')).toBe(zhText)
    expect(write(figures, 'patent_grants', 'en')).toBe(enText)
  })

  it('writes nothing for a region with no figures', () => {
    expect(write([], 'patent_grants', 'zh')).toBe('')
  })
})
