import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { packBrief } from '@/domain/narrative/briefDocument'
import type { Brief } from '@/domain/narrative/brief'

// A 1×1 white PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

const brief: Brief = {
  lang: 'zh',
  title: '衡阳市知识产权统计简报',
  issuer: '衡阳市市场监督管理局（市知识产权局）',
  date: '2026年12月7日',
  headings: {
    statistics: '一、数据解读',
    charts: '二、图表',
    figures: '三、数据',
    events: '四、工作动态',
    warnings: '五、监测预警',
  },
  page: '第 {page} 页',
  statistics: ['截至2025年7月，衡阳市有效发明专利量4558件，较2022年末增长43.5%。'],
  table: {
    columns: ['指标', '时期', '数值', '单位', '来源'],
    rows: [['有效发明专利量', '截至2025年7月', '4558', '件', 'http://x.example/a']],
  },
  events: { from: '工作简报 2023年第2期', items: [{ date: '2023年4月20日', title: '启动仪式' }] },
  warnings: ['预警一句'],
}

async function unpack(charts = 1, of: Brief = brief) {
  const bytes = await packBrief(
    of,
    Array.from({ length: charts }, (_, i) => ({
      title: `图${i + 1}`,
      png: PNG.slice().buffer,
      width: 580,
      height: 290,
    })),
  )
  const files = unzipSync(new Uint8Array(bytes))
  const read = (name: string) => strFromU8(files[name] ?? new Uint8Array())
  return {
    files,
    document: read('word/document.xml'),
    styles: read('word/styles.xml'),
    footer: read('word/footer1.xml'),
  }
}

describe('the .docx of a brief', () => {
  it('says the masthead, the paragraph, the table, the events and the warnings', async () => {
    const { document } = await unpack()
    for (const text of [
      '衡阳市知识产权统计简报',
      '衡阳市市场监督管理局（市知识产权局）',
      '4558件',
      '截至2025年7月',
      'http://x.example/a',
      '启动仪式',
      '预警一句',
    ])
      expect(document).toContain(text)
  })

  it('is A4 in 公文 type: 仿宋 body and 黑体 headings named, with Latin fallbacks', async () => {
    const { document, styles } = await unpack()
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"')
    expect(styles).toContain('w:ascii="FangSong"')
    expect(document).toContain('w:eastAsia="黑体"')
    expect(document).toContain('w:ascii="SimHei"')
  })

  it('numbers its pages in the footer', async () => {
    const { footer } = await unpack()
    expect(footer).toContain('PAGE')
    expect(footer).toContain('第 ')
  })

  it('carries a mark above the masthead only when the brief has one', async () => {
    expect((await unpack()).document).not.toContain('内部资料')
    const { document } = await unpack(1, { ...brief, mark: '内部资料' })
    expect(document.indexOf('内部资料')).toBeLessThan(document.indexOf('衡阳市知识产权统计简报'))
  })

  it('holds one picture a chart', async () => {
    const { document } = await unpack(4)
    expect(document.match(/<pic:pic\b/g)).toHaveLength(4)
    expect(document).toContain('图4')
  })
})
