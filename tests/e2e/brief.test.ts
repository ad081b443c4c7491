import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { strFromU8, unzipSync } from 'fflate'
import { sharedVisit, text, useBrowser, visit } from './app'

useBrowser()

// The tests that only read the overview, or download its brief, share a load of it in each language.
const overview = sharedVisit('/')
const inEnglish = sharedVisit('/', { lang: 'en' })

/** Clicks the Word brief button and returns the downloaded file's name and its document.xml text. */
async function downloadBrief(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('brief-download').click(),
  ])
  const path = await download.path()
  const { readFile } = await import('node:fs/promises')
  const files = unzipSync(new Uint8Array(await readFile(path)))
  const read = (name: string) => strFromU8(files[name] ?? new Uint8Array())
  return { name: download.suggestedFilename(), document: read('word/document.xml'), styles: read('word/styles.xml') }
}

/** The words of a document.xml, runs joined as Word shows them. */
const words = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

describe('the statistics paragraph (数据解读) on the overview', () => {
  it('states the live figures with their periods, each linking to its source', async () => {
    await overview(async (page) => {
      const panel = page.getByTestId('narrative')
      expect(await text(panel.locator('.panel-title'))).toBe('数据解读')
      const paragraph = await text(panel.locator('.narrative-text'))
      expect(paragraph).toContain('截至2025年7月，衡阳市有效发明专利量4558件，较2022年末增长43.5%')
      expect(paragraph).toContain('每万人口有效发明专利拥有量7.08件/万人，在湖南省14个市州中居第6位')
      const figure = panel.locator('a', { hasText: '4558件' })
      expect(await figure.getAttribute('href')).toMatch(/^http:\/\/www\.huaihua\.gov\.cn\//)
      expect(await panel.locator('a', { hasText: '2022年末' }).getAttribute('href')).toMatch(/hengyang\.gov\.cn/)
    })
  })

  it('is written in English with ?lang=en', async () => {
    await inEnglish(async (page) => {
      const panel = page.getByTestId('narrative')
      await expect.poll(() => text(panel.locator('.panel-title'))).toBe('The figures in words')
      expect(await text(panel.locator('.narrative-text'))).toContain(
        'Hengyang, as of Jul 2025: Valid invention patents 4,558, up 43.5% on end of 2022',
      )
    })
  })

  it('follows the year chosen: as of 2022 it states the 2022 year-end figure', async () => {
    await visit('/', { asof: '2022' }, async (page) => {
      const paragraph = await text(page.getByTestId('narrative').locator('.narrative-text'))
      expect(paragraph).toContain('2022年末，衡阳市有效发明专利量3176件')
      expect(paragraph).not.toContain('4558')
    })
  })
})

describe('the Word brief', () => {
  it('downloads a .docx with the live figures, their periods, the rank, four charts and 公文 fonts', async () => {
    await overview(async (page) => {
      const { name, document, styles } = await downloadBrief(page)
      expect(name).toMatch(/^衡阳市知识产权统计简报-\d{4}-\d{2}-\d{2}\.docx$/)
      const said = words(document)
      expect(said).toContain('衡阳市知识产权统计简报')
      expect(said).toContain('衡阳市市场监督管理局（市知识产权局）')
      expect(said).toContain('截至2025年7月，衡阳市有效发明专利量4558件，较2022年末增长43.5%')
      expect(said).toContain('在湖南省14个市州中居第6位')
      // The table of the figures, with the source of each.
      expect(said).toContain('有效发明专利量截至2025年7月4558件http://www.huaihua.gov.cn/')
      // The latest bulletin's events.
      expect(said).toContain('2023年4月20日')
      expect(document.match(/<pic:pic\b/g)).toHaveLength(4)
      expect(styles).toContain('w:eastAsia="仿宋_GB2312"')
      expect(document).toContain('w:eastAsia="黑体"')
      await expect.poll(() => text(page.getByTestId('brief-download'))).toBe('下载Word简报')
    })
  })

  it('is written in the reader’s language', async () => {
    await inEnglish(async (page) => {
      await expect.poll(() => text(page.getByTestId('brief-download'))).toBe('Word brief')
      const { name, document } = await downloadBrief(page)
      expect(name).toMatch(/^Hengyang IP statistics brief \d{4}-\d{2}-\d{2}\.docx$/)
      expect(words(document)).toContain('Hengyang, as of Jul 2025: Valid invention patents 4,558')
    })
  })

  it('tells the reader when the brief cannot be written, and keeps the page as it was', async () => {
    await visit('/', {}, async (page) => {
      // A browser that cannot start the worker (blocked by policy, out of memory).
      await page.evaluate(() => {
        window.Worker = class {
          constructor() {
            throw new Error('workers are blocked')
          }
        } as unknown as typeof Worker
      })
      const before = await text(page.getByTestId('narrative').locator('.narrative-text'))
      await page.getByTestId('brief-download').click()
      await expect
        .poll(() => text(page.locator('.brief-error')))
        .toBe('Word简报未能生成，页面上的内容没有变化。请再试一次。')
      expect(await text(page.getByTestId('narrative').locator('.narrative-text'))).toBe(before)
      expect(await page.getByTestId('brief-download').isEnabled()).toBe(true)
    })
  })

  it('loads the document code only when a brief is asked for', async () => {
    await visit('/', {}, async (page) => {
      const scripts: string[] = []
      page.on('request', (r) => {
        if (r.resourceType() === 'script' || /\.js$/.test(r.url())) scripts.push(r.url())
      })
      const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))
      expect((await loaded()).some((u) => /brief\.worker|writeBrief/.test(u))).toBe(false)
      await downloadBrief(page)
      expect((await loaded()).concat(scripts).some((u) => /brief\.worker/.test(u))).toBe(true)
    })
  })
})
