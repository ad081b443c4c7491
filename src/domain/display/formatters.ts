import type { Lang } from './lang'

/** Every formatter of each language not built yet, so that they can all be built ahead of need. */
const pending: Record<Lang, (() => void)[]> = { zh: [], en: [] }

/**
 * One formatter for each language, built when that language first needs it: building an Intl
 * formatter costs far more than formatting with it, and a page in one language never uses the other's.
 */
export function perLang<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const built: Partial<Record<Lang, T>> = {}
  const get = (lang: Lang) => (built[lang] ??= build(lang))
  for (const lang of ['zh', 'en'] as const) pending[lang].push(() => get(lang))
  return get
}

/** A formatter built when first used, not when its module loads. */
export function onFirstUse<T>(build: () => T, lang: Lang | 'both' = 'both'): () => T {
  let built: T | undefined
  const get = () => (built ??= build())
  for (const l of lang === 'both' ? (['zh', 'en'] as const) : [lang]) pending[l].push(get)
  return get
}

/**
 * Builds the formatters of `lang` not built yet. Called when the page is idle, it keeps their cost
 * out of the task that first formats a figure (the preview of a large file, say).
 */
export function prepareFormatters(lang: Lang): void {
  for (const build of pending[lang].splice(0)) build()
}
