import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { assemblePublished, type Published } from '@/domain/published'
import { withAddedBulletins } from '@/domain/bulletin/addedBulletins'
import { arrayLayer, Dataset } from '@/domain/dataset'
import { columnsLayer } from '@/domain/columns'
import type { Catalogue } from '@/domain/catalogue'
import { fetchPublishedFiles, HttpError } from '@/io/publishedFiles'
import { checkForChanges } from '@/io/api/liveCheck'
import { NO_STATE, type LiveState } from '@/io/api/liveState'
import type { SavedImport } from '@/io/import/savedImports'
import { useImportsStore } from './imports'

// Yields to the page between batches, so indexing a large import never freezes it.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function layered(base: Published, records: readonly SavedImport[], catalogue: Catalogue): Promise<Dataset> {
  if (records.length === 0) return base.dataset
  return Dataset.layered(
    [arrayLayer(base.dataset.observations), ...records.map((r) => columnsLayer(r.columns))],
    catalogue,
    nextTask,
  )
}

/**
 * The figures everyone sees: the published dataset, with this browser's imports laid over it.
 * Big structures live in shallowRef: Vue never walks them. A new dataset replaces the old one
 * only when it is fully built, so views never show a half-merged state.
 */
export const useDatasetStore = defineStore('dataset', () => {
  const imports = useImportsStore()
  const published = shallowRef<Published | null>(null)
  const dataset = shallowRef<Dataset | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref('')
  /** The server shows its data only to those logged in (an intranet deployment). */
  const needsLogin = ref(false)
  const loadedAt = ref<number | null>(null)
  /** When the published files last changed on the server (their newest Last-Modified). */
  const dataAsOf = ref<number | null>(null)
  /** Since when the server cannot be reached (null while it can). */
  const offlineSince = ref<number | null>(null)
  let live: LiveState = NO_STATE

  /** The published bulletins with those added in this browser, an issue added again replacing its copy. */
  const bulletins = computed(() =>
    withAddedBulletins(
      published.value?.bulletins ?? [],
      imports.records.flatMap((r) => (r.bulletin ? [r.bulletin] : [])),
    ),
  )
  /** The views' choices of region and indicators; null until the data is loaded. */
  const settings = computed(() => published.value?.settings ?? null)
  const homeRegion = computed(() => settings.value?.homeRegion ?? '')
  /** The plan the home region's targets belong to, when the manifest names one. */
  const plan = computed(() => published.value?.plan)
  const problems = computed(() => published.value?.problems ?? [])
  /** The publishing server's version number of the loaded files (null when not stamped by one). */
  const version = computed(() => published.value?.version ?? null)
  /** The published catalogue with the analyst's custom indicators and regions. */
  const catalogue = computed<Catalogue | null>(() => {
    const base = published.value?.dataset.catalogue
    if (!base) return null
    const extra = imports.records
    return extra.length
      ? base.extendedWith(
          extra.flatMap((r) => r.indicators),
          extra.flatMap((r) => r.regions),
        )
      : base
  })

  // One build per state of the inputs: load(), refresh() and the watch below all wait on the same
  // promise, so the data is indexed once however many of them ask, and only the newest build lands.
  let current: { base: Published; records: readonly SavedImport[]; done: Promise<void> } | undefined
  function build(): Promise<void> {
    const base = published.value
    const records = imports.records
    const cat = catalogue.value
    if (!base || !cat) return Promise.resolve()
    if (current?.base === base && current.records === records) return current.done
    const job = { base, records, done: Promise.resolve() }
    current = job
    job.done = layered(base, records, cat).then((built) => {
      if (current === job) dataset.value = built
    })
    return job.done
  }
  /** Resolves once the dataset is built from the newest inputs, even when they changed meanwhile. */
  async function settled(): Promise<void> {
    let done: Promise<void>
    do {
      done = build()
      await done
    } while (done !== build())
  }
  watch(
    () => [published.value, imports.records] as const,
    () => void build(),
  )

  /**
   * Asks the server whether the published files changed (conditional requests) and, when they
   * did, swaps the new data in whole: views keep showing the old data until the new is ready.
   */
  async function refresh(fetchImpl?: typeof fetch, options: { force?: boolean } = {}) {
    const known = live.files.length > 0
    // The load under way will say what it got; a check now would have nothing to compare with.
    if (!known && status.value === 'loading') return
    const result = await checkForChanges(live, fetchImpl)
    if (!result.ok) {
      offlineSince.value ??= Date.now()
      return
    }
    offlineSince.value = null
    // force: the publishing server announced a new version. Without validators of what is shown
    // (a load that failed), the files are fetched whatever the check says.
    if (known && !result.changed && !options.force) {
      live = result
      dataAsOf.value = result.lastModified ?? dataAsOf.value
      return
    }
    try {
      const files = await fetchPublishedFiles(fetchImpl)
      published.value = assemblePublished(files)
      await settled()
      loadedAt.value = Date.now()
      // Only now: had the download failed, the next check must still see the change.
      live = files.live
      dataAsOf.value = result.lastModified ?? dataAsOf.value
      status.value = 'ready'
    } catch {
      offlineSince.value ??= Date.now()
    }
  }

  async function load(fetchImpl?: typeof fetch) {
    status.value = 'loading'
    needsLogin.value = false
    try {
      const [files] = await Promise.all([
        fetchPublishedFiles(fetchImpl),
        imports.status === 'idle' ? imports.load() : Promise.resolve(),
      ])
      published.value = assemblePublished(files)
      await settled()
      // What was loaded is what the first live check compares with.
      live = files.live
      loadedAt.value = Date.now()
      status.value = 'ready'
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      needsLogin.value = e instanceof HttpError && e.status === 401
      status.value = 'error'
    }
  }

  return {
    published,
    dataset,
    catalogue,
    status,
    error,
    needsLogin,
    loadedAt,
    dataAsOf,
    offlineSince,
    bulletins,
    homeRegion,
    settings,
    plan,
    problems,
    version,
    load,
    refresh,
  }
})
