import { computed, type WritableComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * One query parameter of the current route as a writable ref, so every view keeps its state in
 * the URL: a reloaded or shared link shows the same thing. Writing replaces the history entry.
 */
export function useQueryParam(name: string, fallback: () => string): WritableComputedRef<string> {
  const route = useRoute()
  const router = useRouter()
  return computed({
    get: () => {
      const v = route.query[name]
      const s = Array.isArray(v) ? v[0] : v
      return typeof s === 'string' && s !== '' ? s : fallback()
    },
    set: (value: string) => {
      const query = { ...route.query }
      if (value === fallback()) delete query[name]
      else query[name] = value
      void router.replace({ query })
    },
  })
}
