import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'

/**
 * A long list shown a page at a time, so thousands of entries never become thousands of DOM rows.
 * Back to the first page whenever `restart` changes (by default the list itself: a new search, a
 * new file); an edit that copies the list passes what it was copied from instead.
 */
export function usePages<T>(
  list: MaybeRefOrGetter<readonly T[]>,
  size: number,
  restart: MaybeRefOrGetter<unknown> = list,
) {
  const page = ref(0)
  const total = computed(() => toValue(list).length)
  const pages = computed(() => Math.max(1, Math.ceil(total.value / size)))
  watch(
    () => toValue(restart),
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
