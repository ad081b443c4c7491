import type { Mapping } from './mapping'
import type { ImportContext } from './context'
import { detectMapping } from './detect'
import { rowBeyondLimits, type BeyondLimit } from './limits'
import { createNormaliser, type NormalisedFile } from './normalise'
import { detectPatentList } from '../patents/patentHeader'
import { createPatentImport } from '../patents/patentImport'

/** Rows read before the layout is decided: enough for titles, two header rows and a sample. */
const SAMPLE_ROWS = 200

/**
 * A file's rows in, figures and located problems out. Rows arrive in order, in batches; the first
 * ones decide the mapping (unless the analyst gave one), the rest stream through the normaliser.
 */
export function createImport(ctx: ImportContext, mapping?: Mapping) {
  const sample: string[][] = []
  let normaliser: ReturnType<typeof createNormaliser> | undefined
  let chosen = mapping
  let total = 0
  let beyond: BeyondLimit | undefined
  // A patent list streams into its reader: a million records are kept as columns, not as rows.
  let patents: ReturnType<typeof createPatentImport> | undefined

  const start = () => {
    const patentList = !chosen && ctx.patents ? (ctx.patents.mapping ?? detectPatentList(sample)) : undefined
    if (patentList && ctx.patents) {
      const reader = createPatentImport(
        patentList,
        { ...ctx.patents, file: ctx.fileName, home: ctx.homeRegion, catalogue: ctx.catalogue },
        sample,
      )
      sample.forEach((row, i) => {
        if (i > patentList.headerRow) reader.add(row, i + 1)
      })
      sample.length = 0
      patents = reader
      return
    }
    chosen ??= detectMapping(sample, ctx)
    normaliser = createNormaliser(chosen, ctx.catalogue)
    sample.forEach((row, i) => normaliser?.push(row, i))
    sample.length = 0
  }

  return {
    push(rows: readonly (readonly string[])[]) {
      if (beyond) return
      for (const row of rows) {
        beyond = rowBeyondLimits(row, total + 1)
        if (beyond) return
        if (patents) patents.add(row, total + 1)
        else if (normaliser) normaliser.push(row, total)
        else {
          sample.push([...row])
          if (sample.length === SAMPLE_ROWS) start()
        }
        total++
      }
    },
    /** The first row beyond what the importer reads: the rest of the file is not read. */
    get beyond() {
      return beyond
    },
    /** Rows read so far. */
    get rows() {
      return total
    },
    finish(): NormalisedFile {
      if (!normaliser && !patents) start()
      if (patents) return patents.finish()
      const result = (normaliser as ReturnType<typeof createNormaliser>).finish()
      if (total === 0)
        return {
          ...result,
          problemCounts: { emptyFile: 1 },
          errorCount: 1,
          problems: [{ severity: 'error', code: 'emptyFile' }],
        }
      if (result.mapping.shape === 'unknown') {
        return {
          ...result,
          errorCount: result.errorCount + 1,
          problemCounts: { ...result.problemCounts, unknownLayout: 1 },
          problems: [
            { severity: 'error', code: 'unknownLayout', row: result.mapping.headerRow + 1 },
            ...result.problems,
          ],
        }
      }
      return result
    },
  }
}
