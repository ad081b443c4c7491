import { createI18n } from 'petite-vue-i18n'
import zh from './zh-CN'
import en from './en'

export const LOCALES = { zh: 'zh-CN', en: 'en' } as const

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

/** The app's i18n instance, Chinese unless told otherwise. */
export function createAppI18n(locale: (typeof LOCALES)[keyof typeof LOCALES] = 'zh-CN') {
  return createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages: { 'zh-CN': flatten(zh), en: flatten(en) } })
}

export const i18n = createAppI18n()
