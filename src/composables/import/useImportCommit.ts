import { importable } from '@/domain/import/importable'
import { useImportsStore } from '@/stores/imports'
import type { ImportItem } from './useImportQueue'

/** Importing a checked file: its figures, or only its rows without errors, kept in this browser. */
export function useImportCommit() {
  const imports = useImportsStore()

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
        ...(outcome.records ? { patents: outcome.records } : {}),
      },
      columns === outcome.columns ? outcome.packed : undefined,
    )
    item.status = saved ? 'imported' : 'ready'
    return saved
  }

  return { commit }
}
