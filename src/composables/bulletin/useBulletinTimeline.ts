import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { bulletinYears, timeline } from '@/domain/bulletin/bulletinTimeline'
import { usePages } from '../screen/usePages'
import { useQueryParam } from '../useQueryParam'

/**
 * The bulletins' timeline, newest first, filtered by the year in the link (`year`; every year
 * without it), ten issues a page: a version may hold hundreds.
 */
export function useBulletinTimeline() {
  const { bulletins } = storeToRefs(useDatasetStore())
  const year = useQueryParam('year', () => '')
  const years = computed(() => bulletinYears(bulletins.value))
  const chosenYear = computed(() => (/^\d{4}$/.test(year.value) ? Number(year.value) : undefined))
  const issues = computed(() => timeline(bulletins.value, chosenYear.value))
  const { shown, page, pages, first, total, go } = usePages(issues, 10)
  return { year, years, chosenYear, shown, page, pages, first, total, go }
}
