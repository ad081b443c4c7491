import { PatentColumns } from './patentColumns'
import type { PatentListMapping, PatentRead, PatentReadOptions } from './records'

interface PatentReader {
  /** One row of the file after the header; `row` is 1-based, as Excel numbers rows. */
  add(cells: readonly string[], row: number): void
  finish(): PatentRead
}

/**
 * Reads a patent list row by row (the import worker feeds it decoded rows): documents of one
 * application merge into one record, an identical repeat is dropped, a repeat with other facts is
 * a conflict and left out. Inventor names are never read.
 */
function createPatentReader(mapping: PatentListMapping, options: PatentReadOptions): PatentReader {
  const records = new PatentColumns(mapping, options)
  return {
    add: (cells, row) => records.add(cells, row),
    finish: () => records.finish(),
  }
}

/** A list's rows, the header row among them, in memory or generated one at a time. */
export function readPatentList(
  rows: Iterable<readonly string[]>,
  mapping: PatentListMapping,
  options: PatentReadOptions,
): PatentRead {
  const reader = createPatentReader(mapping, options)
  let r = 0
  for (const cells of rows) {
    if (r > mapping.headerRow) reader.add(cells, r + 1)
    r++
  }
  return reader.finish()
}
