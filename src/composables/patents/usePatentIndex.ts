import { computed, ref, shallowRef, watch } from 'vue'
import { storeToRefs } from 'pinia'
import { countiesOf } from '@/domain/patents/placeRecords'
import type { PatentsApi, PatentsOpened } from '@/io/patents/patents.worker'
import type { WorkerTask } from '@/io/workerChannel'
import { useDatasetStore } from '@/stores/dataset'
import { useWorkerChannel } from '../useWorkerChannel'
import { useFollowedRecords } from './useFollowedRecords'

/**
 * Owns the patents worker: the records file in the store is handed to it (a copy, transferred) with
 * its place lookup, and indexed there once; the page asks it for the rows it shows. `version` changes
 * each time another list is ready, so the views' queries run again. While a newer list is indexed,
 * or when it cannot be fetched or read, the last one keeps answering, and `stale` says so.
 */
export function usePatentIndex() {
  const worker = useWorkerChannel<PatentsApi>(
    () =>
      new Worker(new URL('../../io/patents/patents.worker.ts', import.meta.url), { type: 'module', name: 'patents' }),
    'patents',
  )
  const patents = useFollowedRecords()
  const { file, places } = storeToRefs(patents)
  const { catalogue, homeRegion } = storeToRefs(useDatasetStore())
  const state = ref<'none' | 'loading' | 'ready' | 'failed'>('none')
  const version = ref(0)
  const unread = ref(false)
  const counties = computed(() => (catalogue.value ? countiesOf(catalogue.value, homeRegion.value) : []))

  let opening = 0
  watch(
    // The counties by value: a new published set with the same counties indexes nothing again.
    [file, places, homeRegion, () => counties.value.join('\n')],
    async ([bytes, lookup, home]) => {
      const mine = ++opening
      if (!bytes || !home) {
        state.value = patents.status === 'loading' ? 'loading' : 'none'
        return
      }
      if (state.value !== 'ready') state.value = 'loading'
      const copy = bytes.slice()
      const opened = await worker
        .call<PatentsOpened>((api, comlink) =>
          api.open(comlink.transfer(copy, [copy.buffer]), { home, counties: [...counties.value], places: lookup }),
        )
        .catch(() => null)
      if (mine !== opening) return
      // The worker keeps the last list it read when a newer one cannot be read.
      unread.value = opened?.ok === false && state.value === 'ready'
      if (opened?.ok) {
        state.value = 'ready'
        version.value++
      } else if (!unread.value) state.value = 'failed'
    },
    { immediate: true },
  )
  watch(
    () => patents.status,
    (s) => {
      if (s !== 'loading' && !file.value) state.value = 'none'
    },
  )

  return {
    state,
    version,
    /** A newer list could not be fetched or read: the one shown is the last that could. */
    stale: computed(() => state.value === 'ready' && (unread.value || patents.status === 'failed')),
    counties,
    home: homeRegion,
    /** Asks the worker, once a list is indexed. */
    ask: <T>(task: WorkerTask<PatentsApi, T>) => worker.call(task),
  }
}

export type PatentIndexHandle = ReturnType<typeof usePatentIndex>

/**
 * The worker's answer to a question that depends on `key` (and on the list): asked again when either
 * changes, the last question's answer kept; undefined until the first arrives or when no list is ready.
 */
export function useIndexAnswer<K, T>(
  index: PatentIndexHandle,
  key: () => K,
  task: (key: K) => WorkerTask<PatentsApi, T>,
) {
  const answer = shallowRef<T>()
  let asked = 0
  watch(
    [key, index.version, index.state],
    async ([k, , state]) => {
      const mine = ++asked
      if (state !== 'ready') {
        answer.value = undefined
        return
      }
      const got = await index.ask(task(k)).catch(() => undefined)
      if (mine === asked) answer.value = got
    },
    { immediate: true, deep: true },
  )
  return answer
}
