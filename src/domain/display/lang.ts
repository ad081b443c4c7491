/** The two interface languages, and the one place their language tags are chosen. */
export type Lang = 'zh' | 'en'

/** The tag of the page and of its messages (`<html lang>`, vue-i18n's locale). */
export const DOCUMENT_TAG = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Lang, string>

/** Numbers read as in the United States ("59.6K", "1.2M"); Chinese counts in 万 and 亿. */
export const NUMBER_LOCALE = { zh: 'zh-CN', en: 'en-US' } as const satisfies Record<Lang, string>

/** Dates read as in Britain: day before month ("20 Apr 2023"), a 24-hour clock. */
export const DATE_LOCALE = { zh: 'zh-CN', en: 'en-GB' } as const satisfies Record<Lang, string>

/** Months of a period ("Aug 2023", "Jan–Sep 2023"): en-US, whose short names are all three letters (en-GB writes "Sept"). */
export const MONTH_LOCALE = { zh: 'zh-CN', en: 'en-US' } as const satisfies Record<Lang, string>
