import type { Lang } from './lang'

/**
 * One formatter for each language, built when that language first needs it: building an Intl
 * formatter costs far more than formatting with it, and a page in one language never uses the other's.
 */
export function perLang<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const built: Partial<Record<Lang, T>> = {}
  return (lang) => (built[lang] ??= build(lang))
}

/** A formatter built when first used, not when its module loads. */
export function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined
  return () => (built ??= build())
}
