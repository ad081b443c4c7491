import { withoutRows, type ObservationColumns } from '../columns'
import type { NormalisedFile } from './normalise'

/**
 * What an import may add: everything when the file has no errors; with errors, nothing unless
 * the analyst asked for the valid rows only, and then none of a row that had an error.
 */
export function importable(file: Pick<NormalisedFile, 'columns' | 'errorCount' | 'rowsWithErrors'>, validOnly: boolean): ObservationColumns | null {
  if (file.errorCount === 0) return file.columns
  if (!validOnly) return null
  const kept = withoutRows(file.columns, file.rowsWithErrors)
  return kept.length > 0 ? kept : null
}
