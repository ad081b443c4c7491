import type { Page } from 'playwright-core'

type TextChanges = Record<string, { text: string; at: number }[]>

/**
 * Records, inside the page, every change of the text at `selector` and the page's time of it, so
 * that when a page changed does not depend on how soon a busy test process gets to look.
 */
export async function recordText(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const w = window as unknown as { textChanges?: TextChanges }
    const changes: TextChanges[string] = []
    ;(w.textChanges ??= {})[sel] = changes
    const read = () => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim()
    let last = read()
    new MutationObserver(() => {
      const now = read()
      if (now !== last) changes.push({ text: (last = now), at: Date.now() })
    }).observe(document, { subtree: true, childList: true, characterData: true })
  }, selector)
}

/**
 * The page's time when the text at a recorded `selector` first became `text` (or, with `prefix`,
 * first started with it), waiting up to `timeout` ms for that to happen.
 */
export async function textChangedAt(page: Page, selector: string, text: string, prefix = false, timeout = 20_000) {
  const handle = await page.waitForFunction(
    ([sel, want, starts]) =>
      (window as unknown as { textChanges?: TextChanges }).textChanges?.[sel]?.find((c) =>
        starts ? c.text.startsWith(want) : c.text === want,
      )?.at,
    [selector, text, prefix] as const,
    { timeout },
  )
  return (await handle.jsonValue()) as number
}
