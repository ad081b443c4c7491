import { PatentColumns } from './patentColumns'
import type { PatentListMapping, PatentRead, PatentReadOptions } from './records'

export interface PatentReader {
  /** One row of the file after the header; `row` is 1-based, as Excel numbers rows. */
  add(cells: readonly string[], row: number): void
  finish(): PatentRead
}

/**
 * Reads a patent list row by row (the import worker feeds it decoded rows): documents of one
 * application merge into one record, an identical repeat is dropped, a repeat with other facts is
 * a conflict and left out. Inventor names are never read.
 */
export function createPatentReader(mapping: PatentListMapping, options: PatentReadOptions): PatentReader {
  const records = new PatentColumns(mapping, options)
  return {
    add: (cells, row) => records.add(cells, row),
    finish: () => records.finish(),
  }
}

/** The same over rows already in memory, the header row among them. */
export function readPatentList(
  rows: readonly (readonly string[])[],
  mapping: PatentListMapping,
  options: PatentReadOptions,
): PatentRead {
  const reader = createPatentReader(mapping, options)
  for (let r = mapping.headerRow + 1; r < rows.length; r++) reader.add(rows[r] ?? [], r + 1)
  return reader.finish()
}
