import { rowMask, withoutRows, type ObservationColumns } from '../columns'
import type { NormalisedFile } from './normalise'

/**
 * What an import may add: everything when the file has no errors; with errors, nothing unless
 * the analyst asked for the valid rows only, and then none of a row that had an error.
 */
export function importable(
  file: Pick<NormalisedFile, 'columns' | 'errorCount'> & { readonly rowsWithErrors: ArrayLike<number> },
  validOnly: boolean,
): ObservationColumns | null {
  if (file.errorCount === 0) return file.columns
  if (!validOnly) return null
  const kept = withoutRows(file.columns, file.rowsWithErrors)
  return kept.length > 0 ? kept : null
}

/** How many figures "import only the rows without errors" would add. */
export function validFigureCount(file: Pick<NormalisedFile, 'columns' | 'rowsWithErrors'>): number {
  const bad = rowMask(file.rowsWithErrors)
  let n = 0
  for (let i = 0; i < file.columns.length; i++) if (bad[file.columns.row[i] ?? 0] !== 1) n++
  return n
}
