import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import axe from 'axe-core'
import { appUrl, useBrowser, visit, type Route } from './app'
import { openPage, sharedBrowser } from './browser'

useBrowser()

// WCAG 2.1 A and AA, plus the best practices a screen-reader user trips over: headings in order and
// everything inside a landmark.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

interface Violation {
  readonly id: string
  readonly help: string
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[]
}

/** Every WCAG 2.1 A/AA violation (and best-practice one) axe finds on the page as it is now, one line each, with where. */
async function violations(page: Page): Promise<string[]> {
  // axe-core's own bundle, injected into the page as it is.
  await page.addScriptTag({ content: axe.source })
  const found = await page.evaluate(async (tags) => {
    const injected = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }
    ).axe
    // Only violations are read: axe then skips the details of every rule that passed.
    return (await injected.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
      .violations
  }, TAGS)
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`))
}

/** The views a reader can open, each with the query that shows it and what shows it is ready. */
const ROUTES: readonly { route: Route; query?: Record<string, string>; name: string; ready: string }[] = [
  { route: '/', name: 'overview', ready: '.overview-side:not([aria-busy])' },
  { route: '/', query: { lang: 'en' }, name: 'overview in English', ready: '.overview-side:not([aria-busy])' },
  { route: '/compare', name: 'compare', ready: '.chart-panel[data-drawn]' },
  { route: '/map', name: 'map', ready: '.chart-panel[data-drawn]' },
  { route: '/map', query: { view: 'tiles' }, name: 'map as tiles', ready: '[data-testid=map-tiles]' },
  { route: '/map', query: { region: '衡阳市' }, name: "衡阳's counties", ready: '[data-testid=map-tiles]' },
  { route: '/bulletins', name: 'bulletins', ready: '.view-title' },
  { route: '/import', name: 'import', ready: '.view-title' },
  { route: '/login', name: 'login', ready: '.view-title' },
]

/** What shows that a screen page has its content in; a chart page waits for its canvas. */
const SCREEN_READY: Record<string, string> = {
  kpi: '.screen-kpi',
  watch: '.screen-watch',
  bulletin: '.screen-bulletin li',
}
const SCREEN_PAGES = ['kpi', 'trends', 'ranking', 'watch', 'map', 'bulletin']

describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  it.each(ROUTES)('finds no violation on the $name view at 1440×900', async ({ route, query, ready }) => {
    await visit(route, query ?? {}, async (page) => {
      await page.locator(ready).first().waitFor()
      expect(await violations(page)).toEqual([])
    })
  })

  it('finds no violation on any page of the screen at 1920×1080, the page dots included', async () => {
    const { page, errors, close } = await openPage(
      await sharedBrowser(),
      // Pages change by the arrow key only: an hour a page.
      appUrl('/screen' as Route, { rotate: '3600' }),
      { width: 1920, height: 1080 },
    )
    try {
      await page.locator('.screen').waitFor()
      const pages = (await page.locator('.screen-dots li').count()) || 1
      const seen: string[] = []
      for (let i = 0; i < pages; i++) {
        const name = (await page.locator('.screen').getAttribute('data-page')) ?? ''
        await page
          .locator(SCREEN_READY[name] ?? '.screen-chart canvas')
          .filter({ visible: true })
          .first()
          .waitFor()
        seen.push(name, ...(await violations(page)))
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => page.locator('.screen').getAttribute('data-page')).not.toBe(name)
      }
      expect(seen).toEqual(SCREEN_PAGES)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
    // Six pages, each read whole by axe: on a busy machine, minutes.
  }, 180_000)
})
