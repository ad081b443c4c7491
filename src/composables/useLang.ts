import { computed } from 'vue'
import { useI18n } from 'petite-vue-i18n'
import type { Lang } from '@/domain/display/lang'

/** The interface language as the domain formatters name it. */
export function useLang() {
  const { locale } = useI18n()
  return computed<Lang>(() => (locale.value === 'en' ? 'en' : 'zh'))
}
