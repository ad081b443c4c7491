import { markRaw, reactive, ref, toRaw } from 'vue'
import { storeToRefs } from 'pinia'
import type { Indicator, Region } from '@/domain/catalogue'
import { columnsOf, type ObservationColumns } from '@/domain/columns'
import { importable } from '@/domain/import/importable'
import type { Mapping } from '@/domain/import/mapping'
import type { ImportOutcome } from '@/io/import/importProtocol'
import type { Dataset } from '@/domain/dataset'
import { useDatasetStore } from '@/stores/dataset'
import { useImportsStore } from '@/stores/imports'
import { useImportWorker, type ReadHandle } from './useImportWorker'

type ImportItemStatus = 'reading' | 'ready' | 'committing' | 'failed' | 'cancelled' | 'imported'

export interface ImportItem {
  readonly key: number
  readonly file: File
  /** For a workbook: the sheet this table is; null for a CSV file, or a workbook not read yet. */
  readonly sheet: string | null
  /** What the analyst sees it called: the file, or "workbook · sheet". */
  readonly name: string
  status: ImportItemStatus
  /** Share of the file read, 0–1. */
  progress: number
  outcome: ImportOutcome | null
  /** The analyst's mapping when edited (else the detected one is used). */
  mapping: Mapping | null
  /** Custom indicators and regions the analyst accepted for this file (raw: thousands are never proxied). */
  indicators: readonly Indicator[]
  regions: readonly Region[]
  error: string
}

const publishedColumns = new WeakMap<Dataset, ObservationColumns>()
// Mappings are edited through Vue's reactive proxies; a worker needs plain data. A mapping is small
// (its columns are within the import limits); names, which may be thousands, are kept raw instead.
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const rawEntries = <T extends object>(entries: readonly T[]): readonly T[] =>
  markRaw(entries.map((e) => ({ ...toRaw(e) })))

/** The files an analyst is checking: read in the worker, previewed, fixed, then imported or dropped. */
export function useImportSession() {
  const worker = useImportWorker()
  const datasetStore = useDatasetStore()
  const { published, catalogue, homeRegion } = storeToRefs(datasetStore)
  const imports = useImportsStore()
  const items = ref<ImportItem[]>([])
  const handles = new Map<number, ReadHandle>()
  let nextKey = 1

  function currentLayers(): ObservationColumns[] {
    const base = published.value?.dataset
    if (!base) return []
    let cols = publishedColumns.get(base)
    if (!cols) {
      cols = columnsOf(base.observations)
      publishedColumns.set(base, cols)
    }
    return [cols, ...imports.records.map((r) => r.columns)]
  }

  async function read(item: ImportItem) {
    const cat = catalogue.value
    if (!cat) return
    handles.get(item.key)?.cancel()
    item.status = 'reading'
    item.progress = 0
    item.error = ''
    let handle: ReadHandle | undefined
    try {
      handle = worker.read(
        item.file,
        {
          indicators: [...cat.indicators.values(), ...item.indicators],
          regions: [...cat.regions.values(), ...item.regions],
          homeRegion: homeRegion.value,
          current: currentLayers(),
        },
        item.mapping ? plain(item.mapping) : undefined,
        (bytes, total) => {
          item.progress = total > 0 ? bytes / total : 1
        },
        item.sheet ?? undefined,
      )
      handles.set(item.key, handle)
      const done = await handle.done
      if (handles.get(item.key) !== handle) return
      if ('sheets' in done) {
        splitIntoSheets(item, done.sheets)
        return
      }
      const outcome = done.outcome
      if (!outcome.ok && outcome.reason === 'cancelled') {
        item.status = 'cancelled'
        return
      }
      item.outcome = markRaw(outcome)
      item.status = 'ready'
      item.progress = 1
    } catch (e) {
      // Whatever fails, in the worker or in sending to it, is shown on the file's card.
      if (handle && handles.get(item.key) !== handle) return
      item.status = 'failed'
      item.error = e instanceof Error ? e.message : String(e)
    } finally {
      if (handle && handles.get(item.key) === handle) handles.delete(item.key)
    }
  }

  const newItem = (file: File, sheet: string | null, outcome: ImportOutcome | null) =>
    reactive<ImportItem>({
      key: nextKey++,
      file: markRaw(file),
      sheet,
      name: sheet === null ? file.name : `${file.name} · ${sheet}`,
      status: outcome ? 'ready' : 'reading',
      progress: outcome ? 1 : 0,
      outcome: outcome && markRaw(outcome),
      mapping: null,
      indicators: markRaw([]),
      regions: markRaw([]),
      error: '',
    })

  /** A workbook read whole becomes one item per sheet, in its place, each checked and imported on its own. */
  function splitIntoSheets(item: ImportItem, sheets: readonly ImportOutcome[]) {
    const perSheet = sheets.map((o) => newItem(item.file, 'sheet' in o ? o.sheet : null, o))
    const at = items.value.findIndex((i) => i.key === item.key)
    if (at >= 0) items.value.splice(at, 1, ...perSheet)
  }

  function addFiles(files: Iterable<File>) {
    for (const file of files) {
      const item = newItem(file, null, null)
      items.value.push(item)
      void read(item)
    }
  }

  function cancel(item: ImportItem) {
    handles.get(item.key)?.cancel()
  }

  /** Reads the file again with the analyst's mapping. */
  function remap(item: ImportItem, mapping: Mapping) {
    item.mapping = mapping
    void read(item)
  }

  /** Adds the unknown names as custom indicators and regions, all at once, and checks again. */
  function acceptNames(item: ImportItem, indicators: readonly Indicator[], regions: readonly Region[]) {
    item.indicators = rawEntries([...item.indicators, ...indicators])
    item.regions = rawEntries([...item.regions, ...regions])
    item.mapping = null
    void read(item)
  }

  /** Imports the file's figures (or only its rows without errors); false when storage failed. */
  async function commit(item: ImportItem, validOnly: boolean): Promise<boolean> {
    const outcome = item.outcome
    if (!outcome?.ok || item.status !== 'ready') return false
    const columns = importable(outcome, validOnly)
    if (!columns) return false
    item.status = 'committing'
    const saved = await imports.add(
      {
        id: `${Date.now().toString(36)}-${item.key}`,
        name: item.name,
        rows: columns.length,
        time: Date.now(),
        columns,
        indicators: [...item.indicators],
        regions: [...item.regions],
      },
      columns === outcome.columns ? outcome.packed : undefined,
    )
    item.status = saved ? 'imported' : 'ready'
    return saved
  }

  function discard(item: ImportItem) {
    cancel(item)
    items.value = items.value.filter((i) => i !== item)
  }

  return { items, addFiles, cancel, remap, acceptNames, commit, discard }
}
