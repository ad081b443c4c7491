import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { toCsv } from '@/io/csv/csvWrite'

/** What an address word may place a patent in: one of the city's counties, or one of its parks. */
export type PlaceTarget = 'county' | 'park'

/**
 * The place lookup (address words → county or park, data/places.csv's format) as the analyst
 * edited it, kept in this browser: later imports read with it, and a publish sends it.
 */
export const usePlaceLookupStore = defineStore('placeLookup', () => {
  // '' while the office's own lookup is used.
  const text = useLocalStorage('ip-dashboard.patents.places', '', {
    listenToStorageChanges: false,
    onError: () => undefined,
  })
  const edited = computed(() => text.value !== '')

  /** A row appended to the lookup: the office's lookup is copied in on the first one. */
  async function add(words: readonly string[], target: string, kind: PlaceTarget) {
    const base = text.value || (await import('../../data/places.csv?raw')).default
    text.value = `${base.trimEnd()}\n${toCsv([[words.join('|'), target, kind]])}`
  }

  /** Back to the office's own lookup. */
  function reset() {
    text.value = ''
  }

  return { text, edited, add, reset }
})
