import { createI18n, type Composer } from 'petite-vue-i18n'
import type { DOCUMENT_TAG, Lang } from '@/domain/lang'
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

/** The app's i18n: Chinese bundled; English when given, else loaded by `setLocale` on first use. */
export function createAppI18n(locale: AppLocale = 'zh-CN', english?: Messages) {
  const messages: Record<string, Record<string, string>> = { 'zh-CN': flatten(zh) }
  if (english) messages.en = flatten(english)
  return createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages })
}

export const i18n = createAppI18n()

/** Switches the language; the English messages are fetched the first time (most readers never need them). */
export async function setLocale(
  composer: Pick<Composer, 'availableLocales' | 'setLocaleMessage' | 'locale'>,
  locale: AppLocale,
) {
  if (locale === 'en' && !composer.availableLocales.includes('en'))
    composer.setLocaleMessage('en', flatten((await import('./en')).default))
  composer.locale.value = locale
}
