import { markRaw, reactive, ref, toRaw } from 'vue'
import type { Indicator, Region } from '@/domain/catalogue'
import type { Mapping } from '@/domain/import/mapping'
import type { PatentListMapping } from '@/domain/patents/records'
import type { ImportOutcome, ReadDone } from '@/io/import/importTypes'
import { usePatentChoices } from './usePatentChoices'
import { useImportSetting } from './useImportSetting'
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
  /** For a patent list: the export date the analyst confirmed (yyyymmdd), else null. */
  exported: number | null
  /** For a patent list: the analyst's reading of its columns; unset, the recognised one is used. */
  patentMapping?: PatentListMapping
  error: string
}

// Mappings are edited through Vue's reactive proxies; a worker needs plain data. A mapping is small
// (its columns are within the import limits); names, which may be thousands, are kept raw instead.
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const rawEntries = <T extends object>(entries: readonly T[]): readonly T[] =>
  markRaw(entries.map((e) => ({ ...toRaw(e) })))

/**
 * Reads items in the import worker, one read per item at a time: reading an item again cancels its
 * last read, and only the latest read of an item changes it. A workbook read whole goes to `split`.
 */
function useItemReads(split: (item: ImportItem, sheets: readonly ImportOutcome[]) => void) {
  const worker = useImportWorker()
  const settingFor = useImportSetting()
  const { choices } = usePatentChoices()
  const handles = new Map<number, ReadHandle>()

  function settle(item: ImportItem, done: ReadDone) {
    if ('sheets' in done) return split(item, done.sheets)
    if (!done.outcome.ok && done.outcome.reason === 'cancelled') {
      item.status = 'cancelled'
      return
    }
    item.outcome = markRaw(done.outcome)
    item.status = 'ready'
    item.progress = 1
  }

  async function read(item: ImportItem) {
    const setting = settingFor(item)
    if (!setting) return
    cancel(item)
    item.status = 'reading'
    item.progress = 0
    item.error = ''
    const mapping = item.mapping ? plain(item.mapping) : undefined
    const handle = worker.read(
      {
        file: item.file,
        setting,
        mapping,
        sheet: item.sheet ?? undefined,
        exported: item.exported ?? undefined,
        patents: choices(item.patentMapping && plain(item.patentMapping)),
      },
      (bytes, total) => {
        item.progress = total > 0 ? bytes / total : 1
      },
    )
    handles.set(item.key, handle)
    try {
      const done = await handle.done
      if (handles.get(item.key) === handle) settle(item, done)
    } catch (e) {
      // Whatever fails, in the worker or in sending to it, is shown on the file's card.
      if (handles.get(item.key) !== handle) return
      item.status = 'failed'
      item.error = e instanceof Error ? e.message : String(e)
    } finally {
      if (handles.get(item.key) === handle) handles.delete(item.key)
    }
  }

  function cancel(item: ImportItem) {
    handles.get(item.key)?.cancel()
  }

  return { read, cancel }
}

/** The files an analyst is checking: read in the worker, previewed, fixed, or dropped. */
export function useImportQueue() {
  const items = ref<ImportItem[]>([])
  let nextKey = 1

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
      exported: null,
      error: '',
    })

  /** A workbook read whole becomes one item per sheet, in its place, each checked and imported on its own. */
  const { read, cancel } = useItemReads((item, sheets) => {
    const perSheet = sheets.map((o) => newItem(item.file, 'sheet' in o ? o.sheet : null, o))
    const at = items.value.findIndex((i) => i.key === item.key)
    if (at >= 0) items.value.splice(at, 1, ...perSheet)
  })

  function addFiles(files: Iterable<File>) {
    for (const file of files) {
      const item = newItem(file, null, null)
      items.value.push(item)
      void read(item)
    }
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

  /** Reads a patent list again as of the export date the analyst confirmed. */
  function confirmExported(item: ImportItem, day: number) {
    item.exported = day
    void read(item)
  }

  /** Reads a patent list again with the analyst's reading of its columns. */
  function remapPatents(item: ImportItem, mapping: PatentListMapping) {
    item.patentMapping = mapping
    void read(item)
  }

  // An answer kept for every list (a status word, a lookup row, an applicant's type) reads again
  // the lists waiting to be imported.
  usePatentChoices().onChange(() => {
    for (const item of items.value)
      if (item.status === 'ready' && item.outcome?.ok && item.outcome.patents) void read(item)
  })

  function discard(item: ImportItem) {
    cancel(item)
    items.value = items.value.filter((i) => i !== item)
  }

  return { items, addFiles, cancel, remap, acceptNames, confirmExported, remapPatents, discard }
}
