import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { assemblePublished, type Published } from '@/domain/published'
import { fetchPublishedFiles } from '@/io/publishedFiles'

/** The published dataset everyone sees. Big structures live in shallowRef: Vue never walks them. */
export const useDatasetStore = defineStore('dataset', () => {
  const published = shallowRef<Published | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref('')
  const loadedAt = ref<number | null>(null)

  const dataset = computed(() => published.value?.dataset ?? null)
  const bulletins = computed(() => published.value?.bulletins ?? [])
  const homeRegion = computed(() => published.value?.homeRegion ?? '衡阳市')
  const problems = computed(() => published.value?.problems ?? [])

  async function load(fetchImpl?: typeof fetch) {
    status.value = 'loading'
    try {
      published.value = assemblePublished(await fetchPublishedFiles(fetchImpl))
      loadedAt.value = Date.now()
      status.value = 'ready'
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      status.value = 'error'
    }
  }

  return { published, status, error, loadedAt, dataset, bulletins, homeRegion, problems, load }
})
