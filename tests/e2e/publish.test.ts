import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage } from './browser'
import { usePublishingServer } from './publishingServer'
import { text } from './app'
import { recordText, textChangedAt } from './textChanges'
import { addUser, HEADER, PASSWORD, realRow, start, tempDirs } from '../server/helpers'

const own = usePublishingServer()

const GRANTS = '.screen-kpi[data-indicator="patent_grants"] [data-testid=screen-kpi-value]'
const OVERVIEW_GRANTS = '.kpi[data-indicator="patent_grants"] [data-testid=kpi-value]'
const DONE = '[data-testid=publish-done]'
const NOTICE = '[data-testid=versions-notice]'

async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
}
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true)

describe('publishing from the app', () => {
  it('an analyst publishes in one browser, a screen in another follows within 5 s without reloading, and a rollback brings the old figure back', async () => {
    // A real published row with its value changed by one: a test edit, not a real figure.
    const original = await realRow('衡阳市,2022,patent_grants,5183,')
    const edited = original.replace('衡阳市,2022,patent_grants,5183,', '衡阳市,2022,patent_grants,5184,')

    // The meeting-room screen, in its own browser context: polling every 60 s, so only the
    // server's events can bring a change within 5 s.
    const screen = await openPage(own.browser, `${own.server.url}/#/screen?rotate=600&refresh=60&pages=kpi`, {
      width: 1920,
      height: 1080,
    })
    // A leader's dashboard, in a third context, follows too.
    const overview = await openPage(own.browser, `${own.server.url}/#/`)
    const analyst = await openPage(own.browser, `${own.server.url}/#/login?from=/import`)
    try {
      const overviewGrants = () => text(overview.page.locator(OVERVIEW_GRANTS))
      await overview.page.locator('.kpi[data-indicator="patent_grants"]').waitFor({ timeout: 20_000 })
      expect(await overviewGrants()).toBe('5183')
      await markDocument(overview.page)
      const grants = () => text(screen.page.locator(GRANTS))
      await screen.page.locator(GRANTS).waitFor({ timeout: 20_000 })
      expect(await grants()).toBe('5183')
      await markDocument(screen.page)
      // How soon each page follows is timed by the pages themselves, from the moment the analyst
      // sees the publish done: the delays of a busy test process in looking are not the app's.
      await recordText(screen.page, GRANTS)
      await recordText(overview.page, OVERVIEW_GRANTS)

      const a = analyst.page
      await a.locator('[data-testid=login-name]').fill('wang')
      await a.locator('[data-testid=login-password]').fill(PASSWORD)
      await a.locator('[data-testid=login-submit]').click()
      await a.locator('[data-testid=analyst]').waitFor()
      await a.locator('.import-view').waitFor()
      expect(new URL(a.url()).hash).toBe('#/import')
      expect(await text(a.locator('[data-testid=analyst]'))).toContain('wang')

      await a.setInputFiles('[data-testid=import-input]', {
        name: '专利授权更正.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${HEADER}\n${edited}\n`),
      })
      const card = a.locator('.import-item[data-status=ready]')
      await card.waitFor({ timeout: 20_000 })
      expect(await text(card.locator('[data-testid=publish-base]'))).toContain('基于已发布的第 1 版')
      const button = card.locator('[data-testid=publish-button]')
      expect(await text(button)).toBe('发布 1 个数字')
      await recordText(a, DONE)
      await button.click()

      const done = card.locator(DONE)
      await done.waitFor({ timeout: 20_000 })
      expect(await text(done)).toBe(
        '已发布为第 2 版：新增 0，修改 1，未变 0；共 ' +
          String(own.server.store.list()[1]?.counts.observations) +
          ' 个数字。',
      )
      const published = await textChangedAt(a, DONE, '已发布为第 2 版', true)
      expect((await textChangedAt(screen.page, GRANTS, '5184')) - published).toBeLessThan(5000)
      expect(await grants()).toBe('5184')
      expect(await sameDocument(screen.page)).toBe(true)
      expect((await textChangedAt(overview.page, OVERVIEW_GRANTS, '5184')) - published).toBeLessThan(5000)
      expect(await overviewGrants()).toBe('5184')
      expect(await sameDocument(overview.page)).toBe(true)

      // The history shows the publish, with who made it and what changed.
      const v2 = a.locator('[data-testid=versions] li[data-version="2"]')
      await v2.waitFor()
      expect(await text(v2)).toContain('专利授权更正.csv')
      expect(await text(v2)).toContain('wang')
      expect(await text(v2.locator('[data-testid=version-counts]'))).toContain('修改 1')
      expect(await v2.locator('[data-testid=rollback]').count()).toBe(0) // the current version

      // Rolling back asks first, then makes version 3 with version 1's figures.
      const v1 = a.locator('[data-testid=versions] li[data-version="1"]')
      await recordText(a, NOTICE)
      await v1.locator('[data-testid=rollback]').click()
      await v1.locator('[data-testid=rollback-confirm]').click()
      await a.locator('[data-testid=versions] li[data-version="3"][data-action=rollback]').waitFor({ timeout: 20_000 })
      expect(await text(a.locator(NOTICE))).toBe('已回滚：第 3 版恢复了第 1 版的数据。')
      const rolledBack = await textChangedAt(a, NOTICE, '已回滚：第 3 版恢复了第 1 版的数据。')
      expect((await textChangedAt(screen.page, GRANTS, '5183')) - rolledBack).toBeLessThan(5000)
      expect(await grants()).toBe('5183')
      expect(await sameDocument(screen.page)).toBe(true)

      expect(own.server.store.current).toBe(3)
      expect((await textChangedAt(overview.page, OVERVIEW_GRANTS, '5183')) - rolledBack).toBeLessThan(5000)
      expect(await overviewGrants()).toBe('5183')
      expect(screen.errors).toEqual([])
      expect(overview.errors).toEqual([])
      expect(analyst.errors).toEqual([])
    } finally {
      await screen.close()
      await overview.close()
      await analyst.close()
    }
    // Three pages through a dozen steps, each with a wait of its own: on a busy machine, minutes.
  }, 180_000)

  it('shows the server’s reason for a wrong password in the reader’s language, and no publish button without a login', async () => {
    const { page, errors, close } = await openPage(own.browser, `${own.server.url}/#/login?from=/import&lang=en`)
    try {
      await page.locator('[data-testid=login-name]').fill('wang')
      await page.locator('[data-testid=login-password]').fill('not the password')
      await page.locator('[data-testid=login-submit]').click()
      expect(await text(page.locator('[data-testid=login-error]'))).toBe('Wrong name or password.')

      await page.goto(`${own.server.url}/#/import?lang=en`)
      await page.locator('[data-testid=login-link]').waitFor()
      await page.setInputFiles('[data-testid=import-input]', {
        name: 'x.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${HEADER}\n${await realRow('衡阳市,2022,patent_grants,')}\n`),
      })
      await page.locator('.import-item[data-status=ready]').waitFor({ timeout: 20_000 })
      expect(await page.locator('[data-testid=publish-button]').count()).toBe(0)
      expect(await text(page.locator('[data-testid=publish-login]'))).toBe('Log in to publish')
      // A 401 answer to the wrong password is the only failed request, and it is not a console error.
      expect(errors.filter((e) => !e.includes('401'))).toEqual([])
    } finally {
      await close()
    }
  })

  it('on a server that requires a login, a leader is asked to log in and then sees the dashboard', async () => {
    const closed = await tempDirs()
    const intranet = await start(closed, { appDir: 'dist', requireLogin: true })
    await addUser(closed.state, 'li')
    const { page, close } = await openPage(own.browser, `${intranet.url}/#/`)
    try {
      await page.locator('[data-testid=login-needed]').waitFor({ timeout: 20_000 })
      expect(await text(page.locator('[data-testid=login-needed]'))).toContain('此服务器的数据需要登录后查看。')
      await page.locator('[data-testid=login-needed] a').click()
      await page.locator('[data-testid=login-name]').fill('li')
      await page.locator('[data-testid=login-password]').fill(PASSWORD)
      await page.locator('[data-testid=login-submit]').click()
      // Back where the leader started, with the data that needed the login.
      await page.locator('.kpi[data-indicator="patent_grants"] [data-testid=kpi-value]').waitFor({ timeout: 20_000 })
      expect(new URL(page.url()).hash).toBe('#/')
      expect(await text(page.locator('.kpi[data-indicator="patent_grants"] [data-testid=kpi-value]'))).toBe('5183')
    } finally {
      await close()
      await intranet.close()
      await closed.cleanup()
    }
  })
})
