import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

/** A file of tests/fixtures/patents. */
export const fixture = (name: string) => readFileSync(new URL(`../fixtures/patents/${name}`, import.meta.url))

/** Drops a fixture patent list on the import page and confirms its export date; the card is then ready to commit. */
export async function dropAndConfirm(page: Page, name: string) {
  await page.setInputFiles('[data-testid=import-input]', { name, mimeType: 'text/csv', buffer: fixture(name) })
  const card = page.locator(`.import-item[data-file="${name}"]`)
  const preview = card.locator('[data-testid=patent-preview]')
  await preview.waitFor({ timeout: 60_000 })
  await preview.locator('[data-testid=patent-exported]').fill('2025-07-15')
  await preview.locator('[data-testid=patent-exported-confirm]').click()
  await card.locator('[data-testid=patent-exported-confirm]').waitFor()
  await page.waitForFunction(
    (file) =>
      document.querySelector(`.import-item[data-file="${file}"]`)?.getAttribute('data-status') === 'ready' &&
      document.querySelector(`.import-item[data-file="${file}"] [data-testid=patent-exported]`) !== null,
    name,
  )
  return { card, preview }
}
