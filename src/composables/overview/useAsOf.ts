import { computed } from 'vue'
import { yearOf } from '@/domain/period'
import { useQueryParam } from '../useQueryParam'

/** How far back the overview looks, kept in the route query (`asof`): the latest figures, or those up to a year's end. */
export function useAsOf() {
  const asOf = useQueryParam('asof', () => 'latest')
  /** The year chosen; undefined for the latest figures. */
  const asOfYear = computed(() => yearOf(asOf.value))
  return { asOf, asOfYear }
}
