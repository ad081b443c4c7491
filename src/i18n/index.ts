import { createI18n, type Composer } from 'petite-vue-i18n'
import type { DOCUMENT_TAG, Lang } from '@/domain/display/lang'
import zh from './zh-CN'

export type AppLocale = (typeof DOCUMENT_TAG)[Lang]

type Messages = { readonly [key: string]: string | Messages }

/**
 * The messages as flat "a.b.c" keys: the small distribution of vue-i18n resolves keys as they
 * are, and the nested files stay easy to read and to check against each other.
 */
function flatten(messages: Messages, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out[prefix + key] = value
    else Object.assign(out, flatten(value, `${prefix}${key}.`))
  }
  return out
}

/**
 * The app's i18n: Chinese bundled; English when given, else loaded by `setLocale` on first use. The
 * tools' messages (`*.tools.ts`) are merged in when given, else by `loadToolMessages`.
 */
export function createAppI18n(
  locale: AppLocale = 'zh-CN',
  english?: Messages,
  tools?: { readonly 'zh-CN': Messages; readonly en: Messages },
) {
  const messages: Record<string, Record<string, string>> = {
    'zh-CN': { ...flatten(zh), ...(tools ? flatten(tools['zh-CN']) : {}) },
  }
  if (english) messages.en = { ...flatten(english), ...(tools ? flatten(tools.en) : {}) }
  return createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages })
}

export const i18n = createAppI18n()

type LocaleMessages = Pick<Composer, 'availableLocales' | 'setLocaleMessage' | 'mergeLocaleMessage' | 'locale'>

let toolsLoaded: Promise<void> | undefined

const englishTools = async () => flatten((await import('./en.tools')).default)

/** Switches the language; the English messages are fetched the first time (most readers never need them). */
export async function setLocale(composer: LocaleMessages, locale: AppLocale) {
  if (locale === 'en' && !composer.availableLocales.includes('en')) {
    const english = flatten((await import('./en')).default)
    // Asked for after the English began to load, the tools' messages find none to merge into: they come here.
    composer.setLocaleMessage('en', { ...english, ...(toolsLoaded ? await englishTools() : {}) })
  }
  composer.locale.value = locale
}

/**
 * The messages of the analyst's tools and the map, for the views that show them: fetched once, in
 * every language already loaded. The overview's first load does without them.
 */
export function loadToolMessages(composer: LocaleMessages = i18n.global): Promise<void> {
  toolsLoaded ??= (async () => {
    const [zhTools, enTools] = await Promise.all([
      import('./zh-CN.tools'),
      composer.availableLocales.includes('en') ? englishTools() : undefined,
    ])
    composer.mergeLocaleMessage('zh-CN', flatten(zhTools.default))
    if (enTools) composer.mergeLocaleMessage('en', enTools)
  })()
  return toolsLoaded
}
