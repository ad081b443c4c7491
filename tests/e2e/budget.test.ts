import { describe, expect, it } from 'vitest'
import { recordScripts } from '../support/overviewJs'
import { appUrl } from './app'
import { sharedBrowser, waitForCharts } from './browser'

// The overview's JavaScript, gzip: 249.6 KB when this budget was set, after bars, legends, tooltips
// and axis pointers left the first load (see docs/performance.md). Anything new on the overview
// that is not needed for its first chart loads on demand.
const BUDGET_KB = 250

describe('the first load', () => {
  it(`fetches at most ${BUDGET_KB} KB of JavaScript (gzip) for the overview, import and screen code left out`, async () => {
    const page = await (await sharedBrowser()).newPage()
    try {
      const scripts = recordScripts(page)
      const api: string[] = []
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.includes('/api/')) api.push(r.url())
      })
      await page.goto(appUrl('/'))
      await waitForCharts(page, 1)
      // Whatever the page fetches after its charts (a chunk loaded late) counts too: wait until the network is quiet.
      await page.waitForLoadState('networkidle')
      const kb = scripts.gzipBytes() / 1024
      console.log(`overview JS: ${kb.toFixed(1)} KB gzip in ${scripts.files().length} files`)
      expect(scripts.files().some((f) => /ImportView|ScreenView|import\.worker|\/(tooltip|bar|legend)-/.test(f))).toBe(
        false,
      )
      expect(kb).toBeLessThanOrEqual(BUDGET_KB)
      // From static hosting (these data files carry no publishing stamp) the app never asks for the publishing API.
      expect(api).toEqual([])
    } finally {
      await page.close()
    }
  })
})
