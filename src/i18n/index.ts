import { createI18n } from 'vue-i18n'
import zh from './zh-CN'
import en from './en'

export const LOCALES = { zh: 'zh-CN', en: 'en' } as const

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zh, en },
})
