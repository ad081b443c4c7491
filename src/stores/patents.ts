import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { readPatentFileHeader } from '@/domain/patents/patentFile'
import { fetchPublishedPatents, type PublishedRecords } from '@/io/publishedPatents'
import { useImportsStore } from './imports'
import { usePlaceLookupStore } from './placeLookup'

/**
 * The patent records the pages drill into, as one records file (domain/patents/patentFile.ts): the
 * latest import's that holds a list, else the published one. An import kept in this browser keeps
 * its file, so a reload keeps the records; taking the import back falls back to the published file.
 * The place lookup goes with them: the one the analyst edited for an import (as the import read it),
 * the published one for published records.
 */
export const usePatentsStore = defineStore('patents', () => {
  const imports = useImportsStore()
  const lookup = usePlaceLookupStore()
  const published = shallowRef<PublishedRecords | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  const imported = computed(() => imports.records.findLast((r) => r.patents)?.patents ?? null)
  const file = computed(() => imported.value ?? published.value?.bytes ?? null)
  const origin = computed<'import' | 'published' | null>(() =>
    imported.value ? 'import' : published.value ? 'published' : null,
  )
  const header = computed(() => (file.value ? readPatentFileHeader(file.value) : undefined))

  // One check at a time; a check asked for meanwhile runs after it.
  let checking: Promise<void> | undefined
  let again = false
  async function check(fetchImpl: typeof fetch): Promise<void> {
    do {
      again = false
      if (!published.value) status.value = 'loading'
      try {
        const got = await fetchPublishedPatents(published.value, fetchImpl)
        // The server checked the file: one that is no records file was damaged on the way.
        if (got && !readPatentFileHeader(got.bytes)) throw new Error('not a records file')
        published.value = got
        status.value = 'ready'
      } catch {
        // The records shown before stay; the pages say they may be old.
        status.value = 'failed'
      }
    } while (again)
  }

  /**
   * Fetches the published records file named in the manifest and its lookup, unless an import holds
   * one; when they are in, asks the server whether they changed (conditional requests: an unchanged
   * file is not downloaded again). The records shown meanwhile, or after a failure, are the last ones.
   */
  function loadPublished(fetchImpl: typeof fetch = fetch): Promise<void> {
    if (imported.value) return Promise.resolve()
    if (checking) {
      again = true
      return checking
    }
    checking = check(fetchImpl).finally(() => (checking = undefined))
    return checking
  }

  // The published set the records were last asked for with: a new one (a publish, a rollback) asks again.
  let askedWith: object | null | undefined
  /** Asks for the published records again if the published figures changed since the last time. */
  function follow(set: object | null): Promise<void> {
    if (set === askedWith && status.value !== 'idle') return checking ?? Promise.resolve()
    askedWith = set
    return loadPublished()
  }

  return {
    /** The records file, or null when neither an import nor the published set holds a list. */
    file,
    origin,
    /** The place lookup's text the records are placed with; null for the office's own (data/places.csv). */
    places: computed(() => (imported.value ? lookup.text || null : (published.value?.places ?? null))),
    /** The list's file name, its export date (yyyymmdd) and how many records it holds. */
    name: computed(() => header.value?.file ?? ''),
    exported: computed(() => header.value?.exported ?? 0),
    records: computed(() => header.value?.records ?? 0),
    status,
    loadPublished,
    follow,
  }
})
