import { computed } from 'vue'
import { formatExactNumber } from '@/domain/display/format'
import { useNames } from '../useNames'
import { useIndexAnswer, type PatentIndexHandle } from './usePatentIndex'

/** The city's and each county's applications, grants and valid inventions from the records, for the first drill step. */
export function useRegionTotals(index: PatentIndexHandle) {
  const names = useNames()
  const totals = useIndexAnswer(
    index,
    () => 0,
    () => (api) => api.regions(),
  )
  return computed(() =>
    (totals.value ?? []).map((t, k) => ({
      region: t.region,
      name: names.region(t.region),
      city: k === 0,
      applications: formatExactNumber(t.applications, names.lang.value),
      grants: formatExactNumber(t.grants, names.lang.value),
      validInventions: formatExactNumber(t.validInventions, names.lang.value),
    })),
  )
}
