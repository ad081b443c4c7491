import { createI18n } from 'petite-vue-i18n'
import type { DOCUMENT_TAG, Lang } from '@/domain/display/lang'
import zh from './zh-CN'

export type AppLocale = (typeof DOCUMENT_TAG)[Lang]

type Messages = { readonly [key: string]: string | Messages }

/**
 * The messages as flat "a.b.c" keys: the small distribution of vue-i18n resolves keys as they
 * are, and the nested files stay easy to read and to check against each other.
 */
export function flatten(messages: Messages, prefix = ''): Record<string, string> {
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
