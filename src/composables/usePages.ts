import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'

/**
 * A long list shown a page at a time, so thousands of entries never become thousands of DOM rows.
 * Back to the first page whenever the list itself changes (a new search, a new file).
 */
export function usePages<T>(list: MaybeRefOrGetter<readonly T[]>, size: number) {
  const page = ref(0)
  const total = computed(() => toValue(list).length)
  const pages = computed(() => Math.max(1, Math.ceil(total.value / size)))
  watch(
    () => toValue(list),
    () => (page.value = 0),
  )
  const first = computed(() => Math.min(page.value, pages.value - 1) * size)
  const shown = computed(() => toValue(list).slice(first.value, first.value + size))
  return {
    page,
    pages,
    total,
    /** 0-based position of the first entry shown. */
    first,
    shown,
    go: (to: number) => (page.value = Math.max(0, Math.min(pages.value - 1, to))),
  }
}
