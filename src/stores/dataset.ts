import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { assemblePublished, type Published, type PublishedFiles } from '@/domain/published'
import type { Dataset } from '@/domain/dataset'
import {
  bulletinsWithImports,
  catalogueWithImports,
  datasetWithImports,
  type ImportedLayer,
} from '@/domain/importedLayers'
import type { Catalogue } from '@/domain/catalogue'
import { fetchPublishedFiles, HttpError } from '@/io/publishedFiles'
import { forgetOfflineData } from '@/io/offlineCache'
import { NO_STATE, type LiveState } from '@/io/api/liveState'
import { useImportsStore } from './imports'

// Yields to the page between batches, so indexing a large import never freezes it.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The dataset built from the published files and this browser's imports over them. One build per state
 * of the inputs: load(), refresh() and the watch below all wait on the same promise, so the data is
 * indexed once however many of them ask, and only the newest build lands.
 */
function layeredDataset(
  published: Ref<Published | null>,
  records: () => readonly ImportedLayer[],
  catalogue: Ref<Catalogue | null>,
) {
  const dataset = shallowRef<Dataset | null>(null)
  let current: { base: Published; records: readonly ImportedLayer[]; done: Promise<void> } | undefined
  function build(): Promise<void> {
    const base = published.value
    const layers = records()
    const cat = catalogue.value
    if (!base || !cat) return Promise.resolve()
    if (current?.base === base && current.records === layers) return current.done
    const job = { base, records: layers, done: Promise.resolve() }
    current = job
    job.done = datasetWithImports(base.dataset, layers, cat, nextTask).then((built) => {
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
    () => [published.value, records()] as const,
    () => void build(),
  )
  return { dataset, settled }
}

/** What the views read of the published files besides the figures. */
function publishedParts(published: Ref<Published | null>) {
  /** The views' choices of region and indicators; null until the data is loaded. */
  const settings = computed(() => published.value?.settings ?? null)
  return {
    settings,
    homeRegion: computed(() => settings.value?.homeRegion ?? ''),
    /** The plan the home region's targets belong to, when the manifest names one. */
    plan: computed(() => published.value?.plan),
    problems: computed(() => published.value?.problems ?? []),
    /** The publishing server's version number of the loaded files (null when not stamped by one). */
    version: computed(() => published.value?.version ?? null),
  }
}

/**
 * Follows the published files on the server: `refresh` asks whether they changed (conditional
 * requests) and, when they did, has them adopted whole, so views keep showing the old data until the
 * new is ready.
 */
function liveChecks(status: Ref<LoadStatus>, adopt: (files: PublishedFiles) => Promise<void>) {
  /** When the published files last changed on the server (their newest Last-Modified). */
  const dataAsOf = ref<number | null>(null)
  /** Since when the server cannot be reached (null while it can). */
  const offlineSince = ref<number | null>(null)
  let live: LiveState = NO_STATE

  async function refresh(fetchImpl?: typeof fetch, options: { force?: boolean } = {}) {
    const known = live.files.length > 0
    // The load under way will say what it got; a check now would have nothing to compare with.
    if (!known && status.value === 'loading') return
    // The check's code loads with the first check: the overview's first load does without it.
    const { checkForChanges } = await import('@/io/api/liveCheck')
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
      await adopt(files)
      // Only now: had the download failed, the next check must still see the change.
      live = files.live
      dataAsOf.value = result.lastModified ?? dataAsOf.value
      status.value = 'ready'
    } catch {
      offlineSince.value ??= Date.now()
    }
  }

  /** What was loaded is what the first live check compares with. */
  const loaded = (state: LiveState) => {
    live = state
  }
  return { dataAsOf, offlineSince, refresh, loaded }
}

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * The figures everyone sees: the published dataset, with this browser's imports laid over it.
 * Big structures live in shallowRef: Vue never walks them. A new dataset replaces the old one
 * only when it is fully built, so views never show a half-merged state.
 */
export const useDatasetStore = defineStore('dataset', () => {
  const imports = useImportsStore()
  const published = shallowRef<Published | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  /** The server shows its data only to those logged in (an intranet deployment). */
  const needsLogin = ref(false)
  const loadedAt = ref<number | null>(null)

  /** The published bulletins with those added in this browser, an issue added again replacing its copy. */
  const bulletins = computed(() => bulletinsWithImports(published.value?.bulletins ?? [], imports.records))
  /** The published catalogue with the analyst's custom indicators and regions. */
  const catalogue = computed<Catalogue | null>(() => {
    const base = published.value?.dataset.catalogue
    return base ? catalogueWithImports(base, imports.records) : null
  })
  const { dataset, settled } = layeredDataset(published, () => imports.records, catalogue)

  /** Shows the files once their dataset is built. */
  async function adopt(files: PublishedFiles) {
    published.value = assemblePublished(files)
    await settled()
    loadedAt.value = Date.now()
  }
  const checks = liveChecks(status, adopt)

  async function load(fetchImpl?: typeof fetch) {
    status.value = 'loading'
    needsLogin.value = false
    try {
      const [files] = await Promise.all([
        fetchPublishedFiles(fetchImpl),
        imports.status === 'idle' ? imports.load() : Promise.resolve(),
      ])
      await adopt(files)
      checks.loaded(files.live)
      status.value = 'ready'
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      needsLogin.value = e instanceof HttpError && e.status === 401
      // The server asks this browser for a login: what the offline worker kept of a session is not for it.
      if (needsLogin.value) void forgetOfflineData()
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
    dataAsOf: checks.dataAsOf,
    offlineSince: checks.offlineSince,
    bulletins,
    ...publishedParts(published),
    load,
    refresh: checks.refresh,
  }
})
