// Takes the README's screenshots of the built app: `npm run screenshots` (after `npm run build`).
import { mkdirSync, readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { preview } from 'vite'
import { launchBrowser, openPage, waitForCharts } from '../tests/e2e/browser'

const shots = [
  { name: 'overview-1440', path: '#/', viewport: { width: 1440, height: 900 }, charts: 1, fullPage: true },
  { name: 'overview-390', path: '#/', viewport: { width: 390, height: 844 }, charts: 1, fullPage: true },
  { name: 'overview-en-1440', path: '#/?lang=en', viewport: { width: 1440, height: 900 }, charts: 1, fullPage: false },
  { name: 'compare-1440', path: '#/compare', viewport: { width: 1440, height: 900 }, charts: 5, fullPage: true },
  { name: 'map-1440', path: '#/map', viewport: { width: 1440, height: 900 }, charts: 1, fullPage: true },
  { name: 'map-tiles-390', path: '#/map?view=tiles', viewport: { width: 390, height: 844 }, charts: 0, fullPage: true },
  { name: 'bulletins-1440', path: '#/bulletins', viewport: { width: 1440, height: 900 }, charts: 0, fullPage: true },
  { name: 'bulletins-390', path: '#/bulletins', viewport: { width: 390, height: 844 }, charts: 0, fullPage: false },
  ...['kpi', 'trends', 'ranking', 'watch', 'map', 'bulletin'].map((page) => ({
    name: `screen-${page}-1080p`,
    path: `#/screen?pages=${page}`,
    viewport: { width: 1920, height: 1080 },
    charts: ({ trends: 4, ranking: 3, map: 1 } as Record<string, number>)[page] ?? 0,
    fullPage: false,
  })),
  {
    name: 'screen-kpi-4k',
    path: '#/screen?pages=kpi',
    viewport: { width: 3840, height: 2160 },
    charts: 0,
    fullPage: false,
  },
  {
    name: 'screen-trends-4k',
    path: '#/screen?pages=trends',
    viewport: { width: 3840, height: 2160 },
    charts: 4,
    fullPage: false,
  },
  {
    name: 'screen-kpi-portrait',
    path: '#/screen?pages=kpi',
    viewport: { width: 1080, height: 1920 },
    charts: 0,
    fullPage: false,
  },
  // The province's monthly city table as Chinese Excel saves it (GBK), and a file with mistakes.
  {
    name: 'import-1440',
    path: '#/import',
    viewport: { width: 1440, height: 900 },
    charts: 0,
    fullPage: true,
    upload: 'city-patent-grants-2023-08.csv',
  },
  {
    name: 'import-errors-1440',
    path: '#/import',
    viewport: { width: 1440, height: 900 },
    charts: 0,
    fullPage: true,
    upload: 'broken-long.csv',
  },
  {
    name: 'import-390',
    path: '#/import',
    viewport: { width: 390, height: 844 },
    charts: 0,
    fullPage: true,
    upload: 'synthetic-hengyang-2023.csv',
  },
]

const out = process.argv[2] ?? 'docs/screenshots'
const outDir = process.argv[3] ?? 'dist'
mkdirSync(out, { recursive: true })
const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' })
const address = server.httpServer.address()
if (!address || typeof address === 'string') throw new Error('no port')
const browser = await launchBrowser()
try {
  for (const s of shots) {
    const { page, errors, close } = await openPage(browser, `http://127.0.0.1:${address.port}/${s.path}`, s.viewport)
    await page.waitForSelector('.view-title, .screen')
    if (s.charts) await waitForCharts(page, s.charts)
    // Panels built once the chart is on screen.
    await page.waitForSelector('[aria-busy]', { state: 'detached' })
    if ('upload' in s && s.upload) {
      const buffer = iconv.encode(readFileSync(`tests/fixtures/import/${s.upload}`, 'utf8'), 'gbk')
      await page.setInputFiles('[data-testid=import-input]', { name: s.upload, mimeType: 'text/csv', buffer })
      await page.locator('[data-testid=diff]').waitFor()
    }
    await page.waitForTimeout(800)
    await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: s.fullPage })
    if (errors.length) console.error(s.name, errors)
    console.log(`${out}/${s.name}.png`)
    await close()
  }
} finally {
  await browser.close()
  await server.close()
}
