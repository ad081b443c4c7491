import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { SavedImports, type SavedImport } from '@/io/import/savedImports'
import type { PackedColumns } from '@/io/import/packedColumns'

/** Why a storage call failed, in words the UI translates: quota, private mode, or other. */
export type StorageFailure = 'quota' | 'unavailable' | 'other'

function failureOf(e: unknown): StorageFailure {
  const name = e instanceof DOMException || e instanceof Error ? e.name : ''
  if (name === 'QuotaExceededError') return 'quota'
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotFoundError' || name === 'UnknownError')
    return 'unavailable'
  return 'other'
}

/**
 * The analyst's imports kept in this browser, oldest first. State changes only after IndexedDB
 * has the change: a storage failure is reported and leaves what was there.
 */
export const useImportsStore = defineStore('imports', () => {
  const records = shallowRef<readonly SavedImport[]>([])
  const status = ref<'idle' | 'loading' | 'ready'>('idle')
  const failure = ref<StorageFailure | null>(null)
  let saved: SavedImports | undefined
  const storage = () => (saved ??= new SavedImports())

  /** Runs a storage call; false (and `failure` set) when it threw. */
  async function guard(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action()
      failure.value = null
      return true
    } catch (e) {
      failure.value = failureOf(e)
      return false
    }
  }

  async function load() {
    status.value = 'loading'
    await guard(async () => {
      records.value = await storage().loadAll()
    })
    status.value = 'ready'
  }

  async function add(record: SavedImport, packed?: PackedColumns): Promise<boolean> {
    if (!(await guard(() => storage().add(record, packed)))) return false
    records.value = [...records.value, record]
    return true
  }

  async function remove(id: string): Promise<boolean> {
    if (!(await guard(() => storage().remove(id)))) return false
    records.value = records.value.filter((r) => r.id !== id)
    return true
  }

  /** Takes back the most recent import. */
  async function undoLast(): Promise<boolean> {
    const last = records.value.at(-1)
    return last ? remove(last.id) : false
  }

  /** Back to the published data: every import in this browser removed. */
  async function reset(): Promise<boolean> {
    if (!(await guard(() => storage().clear()))) return false
    records.value = []
    return true
  }

  return { records, status, failure, load, add, remove, undoLast, reset }
})
