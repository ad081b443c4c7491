import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'petite-vue-i18n'
import { useDatasetStore } from '@/stores/dataset'
import { useNames } from './useNames'

/**
 * The app's name in the reader's language, after the manifest's home region ("{region}知识产权统计"):
 * the same in the page's title, the header (printed too) and the screen. Data replaced on the
 * server renames the app with no rebuild; until the data names a region, the name stands alone.
 */
export function useAppTitle() {
  const { t } = useI18n()
  const { homeRegion } = storeToRefs(useDatasetStore())
  const names = useNames()
  return computed(() => (homeRegion.value ? t('app.title', { region: names.region(homeRegion.value) }) : t('app.name')))
}
