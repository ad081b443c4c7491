import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { readPatentFileHeader } from '@/domain/patents/patentFile'
import { fetchPublishedPatents } from '@/io/publishedPatents'
import { useImportsStore } from './imports'

/**
 * The patent records the pages drill into, as one records file (domain/patents/patentFile.ts): the
 * latest import's that holds a list, else the published one. An import kept in this browser keeps
 * its file, so a reload keeps the records; taking the import back falls back to the published file.
 */
export const usePatentsStore = defineStore('patents', () => {
  const imports = useImportsStore()
  const published = shallowRef<Uint8Array | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  const imported = computed(() => imports.records.findLast((r) => r.patents)?.patents ?? null)
  const file = computed(() => imported.value ?? published.value)
  const origin = computed<'import' | 'published' | null>(() =>
    imported.value ? 'import' : published.value ? 'published' : null,
  )
  const header = computed(() => (file.value ? readPatentFileHeader(file.value) : undefined))

  /** Fetches the published records file named in the manifest, unless an import holds one or it is in. */
  async function loadPublished(fetchImpl: typeof fetch = fetch): Promise<void> {
    if (imported.value || status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    try {
      const bytes = await fetchPublishedPatents(fetchImpl)
      // A file that is no records file is no records: the server checked it, so it is damage on the way.
      published.value = bytes && readPatentFileHeader(bytes) ? bytes : null
      status.value = 'ready'
    } catch {
      status.value = 'failed'
    }
  }

  return {
    /** The records file, or null when neither an import nor the published set holds a list. */
    file,
    origin,
    /** The list's file name, its export date (yyyymmdd) and how many records it holds. */
    name: computed(() => header.value?.file ?? ''),
    exported: computed(() => header.value?.exported ?? 0),
    records: computed(() => header.value?.records ?? 0),
    status,
    loadPublished,
  }
})
