import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { ShareCreated, ShareList } from '../../contract/share'
import { openPage, waitForCharts } from './browser'
import { usePublishingServer } from './publishingServer'
import { text } from './app'
import { call, login, PASSWORD } from '../server/helpers'
import { TestClock } from '../server/delivery/receivers'

// The server's clock is the test's: a link expires when the test says, not after a wait.
const clock = new TestClock(Date.now())
const own = usePublishingServer({ requireLogin: true, delivery: { clock } })
const DAY = 24 * 60 * 60 * 1000
// A browser test on the real server, loading the app several times: minutes on a busy 2-core machine.
const MINUTES = 300_000

/** A link made over the API by the analyst (the page's own form is tested below). */
async function linkTo(view: string, name: string): Promise<{ url: string; id: string }> {
  const cookie = await login(own.server.url, 'wang')
  const expiresAt = new Date(clock.now() + 7 * DAY).toISOString()
  const made = await call<ShareCreated>(`${own.server.url}/api/shares`, 'POST', { name, view, expiresAt }, { cookie })
  expect(made.status).toBe(200)
  return { url: `${own.server.url}/#/s/${made.body.token}`, id: made.body.share.id }
}

async function opensOf(id: string): Promise<number | undefined> {
  const cookie = await login(own.server.url, 'wang')
  const { body } = await call<ShareList>(`${own.server.url}/api/shares`, 'GET', undefined, { cookie })
  return body.shares.find((s) => s.id === id)?.opens
}

async function setWatermark(watermark: boolean) {
  const cookie = await login(own.server.url, 'wang')
  expect((await call(`${own.server.url}/api/shares/settings`, 'PUT', { watermark }, { cookie })).status).toBe(200)
}

async function download(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()])
  expect(await file.failure()).toBeNull()
  return readFile(await file.path())
}

/** Every text part of an Office file (a .docx's body, heads and feet; an .xlsx's strings and sheets). */
const officeText = (bytes: Buffer) =>
  Object.entries(unzipSync(new Uint8Array(bytes)))
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, b]) => strFromU8(b))
    .join('\n')

/** Pixels that differ between two PNGs of the same size, counted in the page. */
const differingPixels = (page: Page, a: Buffer, b: Buffer) =>
  page.evaluate(
    async ([x, y]) => {
      const pixels = async (b64: string) => {
        // An image, not a fetch: the page's policy lets images (not connections) read data: URLs.
        const image = new Image()
        image.src = `data:image/png;base64,${b64}`
        await image.decode()
        const bitmap = await createImageBitmap(image)
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(bitmap, 0, 0)
        return { w: bitmap.width, h: bitmap.height, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data }
      }
      const [p, q] = [await pixels(x), await pixels(y)]
      if (p.w !== q.w || p.h !== q.h) return -1
      let n = 0
      for (let i = 0; i < p.data.length; i += 4) if (p.data[i] !== q.data[i] || p.data[i + 1] !== q.data[i + 1]) n++
      return n
    },
    [a.toString('base64'), b.toString('base64')] as const,
  )

/** The overview's exports as its reader downloads them: the chart's PNG, the long image, the brief, the workbook. */
async function exportsOf(page: Page) {
  await waitForCharts(page, 1)
  const panel = page.locator('.chart-panel').first()
  return {
    png: await download(page, panel.getByRole('button', { name: '导出图片' })),
    longImage: await download(page, page.getByTestId('long-image')),
    docx: officeText(await download(page, page.getByTestId('brief-download'))),
    xlsx: officeText(await download(page, panel.getByTestId('chart-export-workbook'))),
  }
}

describe('share links in the browser (REQUIRE_LOGIN)', () => {
  it(
    'the analyst makes a link on a view; it opens that view without an account, counted, until it is revoked',
    async () => {
      const analyst = await openPage(own.browser, `${own.server.url}/#/login?from=/compare`)
      try {
        const a = analyst.page
        await a.getByTestId('login-name').fill('wang')
        await a.getByTestId('login-password').fill(PASSWORD)
        await a.getByTestId('login-submit').click()
        await a.waitForURL((u) => u.hash.startsWith('#/compare'))
        await a.getByTestId('share-action').click()
        await a.getByTestId('share-name').fill('局长办公会')
        await a.getByTestId('share-make').click()
        const link = await a.getByTestId('share-link').inputValue()
        expect(link).toMatch(/#\/s\/[A-Za-z0-9_-]{43}$/)

        const reader = await openPage(own.browser, link)
        try {
          const r = reader.page
          await r.waitForURL((u) => u.hash.startsWith('#/compare'))
          await waitForCharts(r, 5)
          expect(await r.getByTestId('login-link').count()).toBe(1)
          // The list shows the opening when next read.
          await a.reload()
          expect(await text(a.locator('[data-testid=share-row] [data-testid=share-opens]'))).toMatch(/^1/)

          await a.getByTestId('share-revoke').click()
          expect(await text(a.getByTestId('shares-notice'))).toContain('局长办公会')
          await r.reload()
          // Told so, in the reader's language, not asked to log in.
          expect(await text(r.getByTestId('share-ended'))).toContain('已被撤销')
          expect(await r.getByTestId('login-needed').count()).toBe(0)
        } finally {
          await reader.close()
        }
      } finally {
        await analyst.close()
      }
    },
    MINUTES,
  )

  it(
    'a link stops at its expiry, and an ended link says so in the reader’s language',
    async () => {
      const { url, id } = await linkTo('/', '季度通报')
      const reader = await openPage(own.browser, `${url}?lang=en`)
      try {
        const r = reader.page
        await r.locator('.kpi').first().waitFor({ timeout: 60_000 })
        expect(await opensOf(id)).toBe(1)
        clock.moveTo(clock.now() + 8 * DAY)
        await r.reload()
        expect(await text(r.getByTestId('share-ended'))).toContain('expired')
        const again = await openPage(own.browser, url)
        try {
          expect(await text(again.page.getByTestId('share-ended'))).toContain('已过期')
          expect(await opensOf(id)).toBe(1)
        } finally {
          await again.close()
        }
      } finally {
        await reader.close()
      }
    },
    MINUTES,
  )

  it(
    'with the watermark on, the shared view and every export carry it; with it off, none does',
    async () => {
      const { url } = await linkTo('/', '局长办公会')
      await setWatermark(true)
      const marked = await openPage(own.browser, url)
      let on: Awaited<ReturnType<typeof exportsOf>>
      try {
        const r = marked.page
        await r.locator('.kpi').first().waitFor({ timeout: 60_000 })
        const layer = r.getByTestId('watermark')
        await layer.waitFor()
        expect(await layer.getAttribute('data-mark')).toMatch(/^内部资料 · 局长办公会 · \d{4}/)
        for (const [width, height] of [
          [1440, 900],
          [390, 844],
        ] as const) {
          await r.setViewportSize({ width, height })
          await waitForCharts(r, 1)
          await writeFile(join(tmpdir(), `shared-watermark-${width}.png`), await r.screenshot())
        }
        await r.setViewportSize({ width: 1440, height: 900 })
        on = await exportsOf(r)
        // The print (PDF) shows it too.
        await r.emulateMedia({ media: 'print' })
        expect(await layer.isVisible()).toBe(true)
      } finally {
        await marked.close()
      }
      for (const words of [on.docx, on.xlsx]) expect(words).toMatch(/内部资料 · 局长办公会 · \d{4}/)

      await setWatermark(false)
      const plain = await openPage(own.browser, url)
      try {
        const r = plain.page
        await r.locator('.kpi').first().waitFor({ timeout: 60_000 })
        const off = await exportsOf(r)
        expect(await r.getByTestId('watermark').count()).toBe(0)
        for (const words of [off.docx, off.xlsx]) expect(words).not.toContain('内部资料 · 局长办公会')
        // The same picture but for the mark: thousands of its pixels differ, the rest are the same.
        for (const [a, b] of [
          [on.png, off.png],
          [on.longImage, off.longImage],
        ] as const) {
          const n = await differingPixels(r, a, b)
          expect(n).toBeGreaterThan(1000)
        }
      } finally {
        await plain.close()
      }
    },
    MINUTES,
  )

  it(
    'an analyst’s print carries the mark, which the screen does not show them',
    async () => {
      await setWatermark(true)
      const analyst = await openPage(own.browser, `${own.server.url}/#/login?from=/`)
      try {
        const a = analyst.page
        await a.getByTestId('login-name').fill('wang')
        await a.getByTestId('login-password').fill(PASSWORD)
        await a.getByTestId('login-submit').click()
        await a.locator('.kpi').first().waitFor({ timeout: 60_000 })
        const layer = a.getByTestId('watermark')
        await layer.waitFor({ state: 'attached' })
        expect(await layer.isVisible()).toBe(false)
        await a.emulateMedia({ media: 'print' })
        expect(await layer.isVisible()).toBe(true)
        expect(await layer.getAttribute('data-mark')).toMatch(/^内部资料 · wang · /)
      } finally {
        await analyst.close()
        await setWatermark(false)
      }
    },
    MINUTES,
  )
})
