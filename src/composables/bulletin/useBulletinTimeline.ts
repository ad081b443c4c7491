import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useDatasetStore } from '@/stores/dataset'
import { bulletinYears, timeline } from '@/domain/bulletin/bulletinTimeline'
import { useQueryParam } from '../useQueryParam'

/** The bulletins' timeline, newest first, filtered by the year in the link (`year`; every year without it). */
export function useBulletinTimeline() {
  const { bulletins } = storeToRefs(useDatasetStore())
  const year = useQueryParam('year', () => '')
  const years = computed(() => bulletinYears(bulletins.value))
  const chosenYear = computed(() => (/^\d{4}$/.test(year.value) ? Number(year.value) : undefined))
  const shown = computed(() => timeline(bulletins.value, chosenYear.value))
  return { year, years, chosenYear, shown }
}
