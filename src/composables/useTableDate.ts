import { type MaybeRefOrGetter, toValue, type WritableComputedRef } from 'vue'
import { useQueryParam } from './useQueryParam'

/** The table date a view shows, kept in the route query (`date`): the latest of `dates` unless one is chosen. */
export function useTableDate(dates: MaybeRefOrGetter<readonly string[]>): WritableComputedRef<string> {
  return useQueryParam('date', () => toValue(dates).at(-1) ?? '')
}
