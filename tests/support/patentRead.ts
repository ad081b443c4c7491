import { createPatentReader } from '@/domain/patents/reader'
import type { PatentListMapping, PatentRead, PatentReadOptions } from '@/domain/patents/records'

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
