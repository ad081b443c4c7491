import { PatentColumns } from './patentColumns'
import type { PatentListMapping, PatentRead, PatentReadOptions } from './records'

interface PatentReader {
  /** One row of the file after the header; `row` is 1-based, as Excel numbers rows. */
  add(cells: readonly string[], row: number): void
  finish(): PatentRead
  /**
   * The latest date any row read (filing, publication, grant or expiry), 0 for none: read as of
   * that day, the list reads exactly as it did, since no row holds a later date.
   */
  latest(): number
}

/**
 * Reads a patent list row by row, as the import worker decodes them, keeping no row: documents of
 * one application merge into one record, an identical repeat is dropped, a repeat with other facts
 * is a conflict and left out. Inventor names are never read.
 */
export function createPatentReader(mapping: PatentListMapping, options: PatentReadOptions): PatentReader {
  const records = new PatentColumns(mapping, options)
  return {
    add: (cells, row) => records.add(cells, row),
    finish: () => records.finish(),
    latest: () => records.latest,
  }
}
