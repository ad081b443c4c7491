import type { Catalogue } from '../../src/domain/catalogue'
import { observationKey, parseLongTable, type Observation } from '../../src/domain/observation'
import type { VersionFiles } from '../store/versionFiles'
import { cellsOf, readCsv, writeCsv } from './csvFile'

export const sameFigure = (a: Observation, b: Observation) =>
  a.value === b.value && a.unit === b.unit && a.source === b.source && a.note === b.note

export interface Upserted {
  /** The observations files, those the upsert touched rewritten. */
  readonly files: Map<string, Uint8Array | string>
  readonly added: number
  readonly changed: number
  readonly unchanged: number
  /** Figure rows in the observations files afterwards. */
  readonly rows: number
}

/**
 * The base's figures with `incoming` upserted by observationKey. Rows it does not touch keep their
 * text exactly (a published "288.20" stays so); changed figures are replaced where they stand, new
 * ones appended to the last observations file.
 */
export function upsertFigures(
  base: VersionFiles,
  incoming: ReadonlyMap<string, Observation>,
  catalogue: Catalogue,
): Upserted {
  const placed = new Set<string>()
  const replaced = new Set<string>()
  let changed = 0
  let unchanged = 0
  const files = new Map(base.files)
  const obsFiles = base.manifest.observations
  let total = 0
  for (const [index, name] of obsFiles.entries()) {
    const csv = readCsv(base.files.get(name))
    const header = csv.rows[0] ?? []
    let touched = false
    const rows: string[][] = header.length ? [header] : []
    for (const cells of csv.rows.slice(1)) {
      // One row at a time through the domain's reader: its key, as the browser would compute it.
      const existing = parseLongTable([header, cells], catalogue).observations[0]
      const key = existing ? observationKey(existing) : undefined
      const update = key === undefined ? undefined : incoming.get(key)
      if (!existing || !key || !update) {
        rows.push(cells)
      } else if (replaced.has(key)) {
        touched = true // a second row of a figure already replaced: the replacement stands for both
      } else if (placed.has(key)) {
        rows.push(cells)
      } else if (sameFigure(existing, update)) {
        rows.push(cells)
        placed.add(key)
        unchanged++
      } else {
        rows.push(cellsOf(update, header))
        placed.add(key)
        replaced.add(key)
        changed++
        touched = true
      }
    }
    if (index === obsFiles.length - 1) {
      for (const [key, o] of incoming) {
        if (placed.has(key)) continue
        rows.push(cellsOf(o, header))
        touched = true
      }
    }
    if (touched) files.set(name, writeCsv({ ...csv, rows }))
    total += rows.length - (header.length ? 1 : 0)
  }
  return { files, added: incoming.size - changed - unchanged, changed, unchanged, rows: total }
}
