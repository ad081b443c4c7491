import { createStore, del, get, getMany, set, type UseStore } from 'idb-keyval'
import type { ImportedLayer } from '@/domain/importedLayers'
import { packColumns, unpackColumns, type PackedColumns } from './packedColumns'

/** An import as the browser keeps it. */
export interface SavedImport extends ImportedLayer {
  readonly id: string
  readonly name: string
  /** Figures it holds. */
  readonly rows: number
  /** When it was imported (ms since 1970). */
  readonly time: number
  /** A patent list's records file, kept so the records outlive a reload. */
  readonly patents?: Uint8Array
}

export type SavedImportMeta = Pick<SavedImport, 'id' | 'name' | 'rows' | 'time'>

type StoredImport = Omit<SavedImport, 'columns'> & { readonly columns: PackedColumns }

const INDEX = 'index'
const recordKey = (id: string) => `import:${id}`

/**
 * The browser's copy of an analyst's imports, in IndexedDB (idb-keyval). Each import is written
 * under its own key before the index names it, and the index is rewritten only after that
 * succeeds: a failed write (quota, private mode) leaves every earlier import as it was.
 */
export class SavedImports {
  private readonly store: UseStore
  // Changes run one after another: two imports committed at once must both reach the index.
  private queue: Promise<unknown> = Promise.resolve()
  constructor(dbName = 'ip-dashboard') {
    this.store = createStore(dbName, 'imports')
  }

  private serial<T>(change: () => Promise<T>): Promise<T> {
    const next = this.queue.then(change, change)
    this.queue = next.catch(() => undefined)
    return next
  }

  async list(): Promise<SavedImportMeta[]> {
    return (await get<SavedImportMeta[]>(INDEX, this.store)) ?? []
  }

  /** Every import listed, oldest first; one whose record is missing is left out. */
  async loadAll(): Promise<SavedImport[]> {
    const index = await this.list()
    const records = await getMany<StoredImport | undefined>(
      index.map((m) => recordKey(m.id)),
      this.store,
    )
    const out: SavedImport[] = []
    for (const r of records) if (r) out.push({ ...r, columns: await unpackColumns(r.columns) })
    return out
  }

  /** Saves an import; `packed` is its columns already packed (by the worker that read them). */
  add(record: SavedImport, packed: PackedColumns = packColumns(record.columns)): Promise<void> {
    return this.serial(async () => {
      const stored: StoredImport = { ...record, columns: packed }
      await set(recordKey(record.id), stored, this.store)
      const index = await this.list()
      await set(
        INDEX,
        [...index, { id: record.id, name: record.name, rows: record.rows, time: record.time }],
        this.store,
      )
    })
  }

  remove(id: string): Promise<void> {
    return this.serial(async () => {
      const index = await this.list()
      await set(
        INDEX,
        index.filter((m) => m.id !== id),
        this.store,
      )
      await del(recordKey(id), this.store)
    })
  }

  clear(): Promise<void> {
    return this.serial(async () => {
      const index = await this.list()
      await set(INDEX, [], this.store)
      for (const m of index) await del(recordKey(m.id), this.store)
    })
  }
}
