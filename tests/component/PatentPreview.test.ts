import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import PatentPreview from '@/components/patents/PatentPreview.vue'
import ProblemList from '@/components/import/ProblemList.vue'
import { parseCsvRows } from '@/domain/csv/csv'
import { createImport } from '@/domain/import/pipeline'
import { readPlaceLookup } from '@/domain/patents/place'
import { PATENT_FIELDS, type PatentListMapping } from '@/domain/patents/records'
import { usePatentAnswersStore } from '@/stores/patentAnswers'
import { usePlaceLookupStore } from '@/stores/placeLookup'
import { loadCatalogue, readData } from '../support/embedded'
import { mountWithApp } from '../support/mountApp'

const fixture = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/patents/cnipa-documents.csv')
// 程序中止 (proceedings suspended) is a status word the reader does not know.
const listText = () => readFileSync(fixture, 'utf8').replaceAll(',专利权维持,', ',程序中止,')
const catalogue = loadCatalogue()
const lookup = readPlaceLookup(readData('places.csv'))

function readList(text: string, fileName = 'cnipa-documents.csv') {
  const pipeline = createImport({ catalogue, homeRegion: '衡阳市', fileName, patents: { lookup, published: [] } })
  pipeline.push(parseCsvRows(text))
  return pipeline.finish()
}

async function mountPreview(lang: 'zh' | 'en' = 'zh') {
  const file = readList(listText())
  const mounted = await mountWithApp(PatentPreview, {
    lang,
    props: { summary: file.patents!, imported: file.columns.length, problems: file.problems },
  })
  return { ...mounted, file }
}

// The preview lays out its tables in the task after its counts are painted.
const later = (wrapper: VueWrapper, selector: string) => vi.waitFor(() => wrapper.get(selector))

// The column editor builds its fields when it is opened.
async function openColumns(wrapper: VueWrapper) {
  const details = wrapper.get('[data-testid=patent-columns]')
  ;(details.element as HTMLDetailsElement).open = true
  await details.trigger('toggle')
}

afterEach(() => localStorage.clear())

describe('the preview of a patent list', () => {
  it('says the export date came from the title row above the header', async () => {
    const { wrapper } = await mountPreview()
    expect(wrapper.get('[data-testid=patent-exported]').element).toHaveProperty('value', '2025-07-15')
    expect(wrapper.get('[data-testid=patent-exported-from]').text()).toBe('取自表头上方的标题行，请确认')
  })

  it('asks what an unknown status word means, and keeps the answer in this browser', async () => {
    const { wrapper } = await mountPreview()
    const row = await later(wrapper, '[data-testid=patent-status-words] tr[data-word="程序中止"]')
    expect(row.text()).toMatch(/程序中止\s*\d+\s*第 \d+ 行 M 列/)
    const apply = wrapper.get('[data-testid=patent-status-apply]')
    expect(apply.attributes('disabled')).toBeDefined()
    await row.get('select').setValue('valid')
    await apply.trigger('click')
    expect(usePatentAnswersStore().statusWords).toEqual({ 程序中止: 'valid' })
    expect(JSON.parse(localStorage.getItem('ip-dashboard.patents.status-words') ?? '{}')).toEqual({ 程序中止: 'valid' })
    expect(wrapper.get('[data-testid=patent-status-kept]').text()).toContain('程序中止 → 有效')
  })

  it('adds the words of an unplaced address to the lookup, after the office’s rows', async () => {
    const { wrapper } = await mountPreview()
    const row = await later(wrapper, '[data-testid=patent-place-words] tr[data-address="湖南省衡阳市示例大道14号"]')
    expect(row.text()).toContain('23')
    await row.get('[data-testid=place-words]').setValue('示例大道14号')
    await row.get('[data-testid=place-target]').setValue('county:石鼓区')
    await row.get('[data-testid=place-add]').trigger('click')
    // The office's lookup is loaded with the first row added.
    await vi.waitFor(() => expect(usePlaceLookupStore().edited).toBe(true))
    await flushPromises()
    const { text } = usePlaceLookupStore()
    expect(text.startsWith(readData('places.csv').trimEnd())).toBe(true)
    expect(text.endsWith('\n示例大道14号,石鼓区,county\n')).toBe(true)
    expect(readPlaceLookup(text).skipped).toEqual([])
    expect(wrapper.find('[data-testid=place-lookup-edited]').exists()).toBe(true)
    await wrapper.get('[data-testid=place-lookup-reset]').trigger('click')
    expect(usePlaceLookupStore().edited).toBe(false)
  })

  it("overrides an applicant's type, and says which type its name gives", async () => {
    const { wrapper, file } = await mountPreview()
    // The applicants are laid out after the counts are painted.
    const row = await vi.waitFor(() =>
      wrapper.get('[data-testid=patent-top-applicants] tr[data-name="虚构冶金研究院"]'),
    )
    const select = row.get('[data-testid=applicant-type]')
    expect(select.find('option').text()).toBe('科研单位（按名称）')
    await select.setValue('enterprise')
    expect(usePatentAnswersStore().applicantTypes).toEqual({ 虚构冶金研究院: 'enterprise' })
    await select.setValue('')
    expect(usePatentAnswersStore().applicantTypes).toEqual({})
    expect(wrapper.get('[data-testid=patent-by-type] [data-type=research] dd').text()).toBe(
      String(file.patents!.byApplicantType.research),
    )
  })

  it('lets the analyst choose the column of each field, and reads the list again with them', async () => {
    const { wrapper, file } = await mountPreview()
    await openColumns(wrapper)
    const field = wrapper.get('[data-testid=patent-columns] [data-field=applicationNumber] select')
    expect(field.element).toHaveProperty('value', '0')
    await field.setValue('')
    await wrapper.get('[data-testid=patent-columns-apply]').trigger('click')
    const mapping = wrapper.emitted<[PatentListMapping]>('remap')?.[0]?.[0]
    expect(mapping?.columns.applicationNumber).toBeUndefined()
    expect(mapping?.columns.filingDate).toBe(file.patents!.mapping.columns.filingDate)
  })

  it.each(['zh', 'en'] as const)('labels every field in %s', async (lang) => {
    const { wrapper } = await mountPreview(lang)
    await openColumns(wrapper)
    const labels = PATENT_FIELDS.map((f) => wrapper.get(`[data-field=${f}] span`).text())
    expect(labels.every((l) => l !== '' && !l.startsWith('patents.'))).toBe(true)
    expect(new Set(labels).size).toBe(PATENT_FIELDS.length)
  })
})

const HEADER = '申请号,申请日,公开（公告）号,公开（公告）日,发明名称,申请（专利权）人,申请人地址,法律状态,文献类型'
const row = (n: string, filed: string, title: string, address: string, status = '有效') =>
  `${n},${filed},CN1A,2024.01.05,${title},衡阳示例有限公司,${address},${status},发明公开`
const GOOD = row('CN202310000001.5', '2023.01.05', '一种装置', '湖南省衡阳市蒸湘区甲路1号')

describe('a bad patent list', () => {
  it.each([
    [
      'no application-number column',
      `${HEADER.replace('申请号,', '编号,')}\n${GOOD}`,
      '缺少列：申请号',
      'Missing columns: 申请号',
    ],
    [
      'the same application twice with different data',
      `${HEADER}\n${GOOD}\n${row('CN202310000001.5', '2023.01.05', '另一种装置', '湖南省衡阳市蒸湘区甲路1号')}`,
      '申请号 CN202310000001.5 在第 2 行已有，但内容不同：本行未读取',
      'Application CN202310000001.5 is already on row 2 with other details',
    ],
    [
      'an unknown legal-status word',
      `${HEADER}\n${row('CN202310000001.5', '2023.01.05', '一种装置', '湖南省衡阳市蒸湘区甲路1号', '程序中止')}`,
      '未知的法律状态“程序中止”（1 件）',
      'Unknown legal status “程序中止” (1 patents)',
    ],
    [
      'an impossible date',
      `${HEADER}\n${row('CN202310000001.5', '2023.02.30', '一种装置', '湖南省衡阳市蒸湘区甲路1号')}`,
      '无法识别的日期“2023.02.30”：本行未读取',
      'Date “2023.02.30” cannot be read',
    ],
    [
      'a list mixing cities',
      `${HEADER}\n${GOOD}\n${row('CN202310000002.X', '2023.01.05', '一种装置', '湖南省长沙市岳麓区乙路2号')}`,
      '1 件专利（共 2 件）的第一申请人地址不在衡阳市',
      '1 of 2 patents have a first applicant outside 衡阳市',
    ],
  ])('%s: a located message in either language', async (_case, text, zh, en) => {
    const file = readList(text)
    for (const [lang, message] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      const { wrapper } = await mountWithApp(ProblemList, {
        lang,
        props: { problems: file.problems, errorCount: file.errorCount, warningCount: file.warningCount },
      })
      expect(wrapper.text()).toContain(message)
      expect(wrapper.text()).toMatch(lang === 'zh' ? /第 \d+ 行/ : /row \d+/i)
    }
  })
})
