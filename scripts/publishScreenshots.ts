// Screenshots of publishing, which only the publishing server offers (scripts/screenshots.ts uses
// a static preview): `npx jiti scripts/publishScreenshots.ts` after `npm run build`. Runs the real
// server on a throwaway state directory with a test account; nothing is published anywhere else.
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import type { Page } from 'playwright-core'
import { launchBrowser, openPage } from '../tests/e2e/browser'
import { addUser, HEADER, PASSWORD, realRow, start, tempDirs } from '../tests/server/helpers'

const out = process.argv[2] ?? 'docs/screenshots'
const dirs = await tempDirs()
const server = await start(dirs, { appDir: 'dist' })
await addUser(dirs.state, 'wang')
const browser = await launchBrowser()

async function logIn(page: Page) {
  await page.locator('[data-testid=login-name]').fill('wang')
  await page.locator('[data-testid=login-password]').fill(PASSWORD)
  await page.locator('[data-testid=login-submit]').click()
  await page.locator('[data-testid=analyst]').waitFor()
}

// A test edit of a real row (5183 → 5184), so the history has a publish to show.
const edited = (await realRow('衡阳市,2022,patent_grants,5183,')).replace(',5183,', ',5184,')
const cityTable = iconv.encode(readFileSync('tests/fixtures/import/city-patent-grants-2023-08.csv', 'utf8'), 'gbk')

try {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const w = viewport.width
    const login = await openPage(browser, `${server.url}/#/login?from=/import`, viewport)
    await login.page.locator('[data-testid=login-form]').waitFor()
    // The form as an analyst sees it after a mistyped password.
    await login.page.locator('[data-testid=login-name]').fill('wang')
    await login.page.locator('[data-testid=login-password]').fill('typo')
    await login.page.locator('[data-testid=login-submit]').click()
    await login.page.locator('[data-testid=login-error]').waitFor()
    await login.page.screenshot({ path: `${out}/login-${w}.png` })
    console.log(`${out}/login-${w}.png`)
    await login.close()

    const { page, errors, close } = await openPage(browser, `${server.url}/#/login?from=/import`, viewport)
    await logIn(page)
    await page.locator('.import-view').waitFor()
    if (w === 1440) {
      await page.setInputFiles('[data-testid=import-input]', {
        name: '专利授权更正.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${HEADER}\n${edited}\n`),
      })
      await page.locator('.import-item[data-status=ready] [data-testid=publish-button]').click()
      await page.locator('[data-testid=publish-done]').waitFor()
    }
    await page.setInputFiles('[data-testid=import-input]', {
      name: 'city-patent-grants-2023-08.csv',
      mimeType: 'text/csv',
      buffer: cityTable,
    })
    await page
      .locator('.import-item[data-file="city-patent-grants-2023-08.csv"] [data-testid=publish-button]')
      .waitFor()
    await page.locator('[data-testid=versions] li[data-version="2"]').waitFor()
    await page.locator('[data-testid=versions] li[data-version="1"] [data-testid=rollback]').click()
    await page.waitForTimeout(800)
    await page.screenshot({ path: `${out}/publish-${w}.png`, fullPage: true })
    console.log(`${out}/publish-${w}.png`)
    if (errors.filter((e) => !e.includes('401')).length) console.error(errors)
    await close()
  }
} finally {
  await browser.close()
  await server.close()
  await dirs.cleanup()
}
