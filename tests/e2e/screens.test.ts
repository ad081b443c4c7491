import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { ScreenList } from '../../contract/api'
import { openPage } from './browser'
import { usePublishingServer } from './publishingServer'
import { text } from './app'
import { call, csvOf, login, PASSWORD, publishCsv, realRow } from '../server/helpers'

// Screens beat every 2 s: a reload asked reaches a screen within seconds.
const own = usePublishingServer({ screenBeatMs: 2000 })

const row = (page: Page, name: string) => page.locator(`[data-testid=screen-row][data-name="${name}"]`)

/** Asks the server's list until `check` holds (screens beat on their own time). */
async function screensUntil(cookie: string, check: (l: ScreenList) => boolean): Promise<void> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const { body } = await call<ScreenList>(`${own.server.url}/api/screens`, 'GET', undefined, { cookie })
    if (check(body)) return
    if (Date.now() > deadline) throw new Error(`screens never as expected: ${JSON.stringify(body)}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const versionOf = (l: ScreenList, name: string) => l.screens.find((s) => s.name === name)?.version

describe('the screens page', () => {
  it('lists two screens, flags the one showing an old version, and reloads it with one click', async () => {
    const url = own.server.url
    const screen = `${url}/#/screen?rotate=600&refresh=600&pages=kpi`
    const current = await openPage(own.browser, `${screen}&name=一楼大厅`, { width: 1280, height: 720 })
    // This screen hears of no new version (no event stream, no polling for ten minutes): it stays on the old one.
    const behind = await openPage(
      own.browser,
      `${screen}&name=三楼会议室`,
      { width: 1280, height: 720 },
      async (context) => {
        await context.addInitScript(() => {
          window.EventSource = class {
            addEventListener() {}
            close() {}
          } as unknown as typeof EventSource
        })
      },
    )
    const analyst = await openPage(own.browser, `${url}/#/login?from=/import`)
    try {
      const cookie = await login(url, 'wang')
      await screensUntil(cookie, (l) => l.screens.length === 2)
      // A test edit of one real figure makes version 2.
      const edited = (await realRow('衡阳市,2022,patent_grants,5183,')).replace(',5183,', ',5184,')
      expect((await publishCsv(url, cookie, { baseVersion: 1, name: 'x.csv', csv: csvOf(edited) })).status).toBe(200)
      await screensUntil(cookie, (l) => versionOf(l, '一楼大厅') === 2 && versionOf(l, '三楼会议室') === 1)

      // From the analyst's publishing area to the screens page.
      const a = analyst.page
      await a.locator('[data-testid=login-name]').fill('wang')
      await a.locator('[data-testid=login-password]').fill(PASSWORD)
      await a.locator('[data-testid=login-submit]').click()
      await a.locator('[data-testid=screens-link]').click()
      await a.waitForURL((u) => u.hash === '#/screens')
      await row(a, '三楼会议室').and(a.locator('[data-stale=true]')).waitFor({ timeout: 30_000 })
      await row(a, '一楼大厅').and(a.locator('[data-stale=false]')).waitFor({ timeout: 30_000 })
      expect(await text(a.locator('[data-testid=screens-summary]'))).toBe('共 2 块屏幕，1 块需要关注')
      expect(await text(row(a, '三楼会议室').locator('[data-testid=screen-status]'))).toContain(
        '显示的是旧版本（当前为第 2 版）',
      )
      expect(await text(row(a, '一楼大厅').locator('[data-testid=screen-status]'))).toBe('正常')

      // One click: the screen's page loads anew, with the current version.
      await behind.page.evaluate(() => ((window as unknown as { before: boolean }).before = true))
      const reloaded = behind.page.waitForEvent('load', { timeout: 60_000 })
      await row(a, '三楼会议室').locator('[data-testid=screen-reload]').click()
      expect(await text(a.locator('[data-testid=screens-notice]'))).toBe(
        '已请求“三楼会议室”刷新，它会在下次报到时重新载入。',
      )
      await reloaded
      expect(await behind.page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBeUndefined()
      await screensUntil(cookie, (l) => versionOf(l, '三楼会议室') === 2)
      await row(a, '三楼会议室').and(a.locator('[data-stale=false]')).waitFor({ timeout: 30_000 })

      expect(current.errors).toEqual([])
      expect(behind.errors).toEqual([])
      expect(analyst.errors).toEqual([])
    } finally {
      await current.close()
      await behind.close()
      await analyst.close()
    }
    // Three pages and a publish, each step waited for: on a busy machine, minutes.
  }, 180_000)
})
