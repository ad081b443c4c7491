import type { Composer } from 'petite-vue-i18n'
import { createAppI18n, flatten, type AppLocale } from './createAppI18n'

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
