import type { Mapping } from './mapping'
import type { ImportContext } from './context'
import { detectMapping } from './detect'
import { rowBeyondLimits, type BeyondLimit } from './limits'
import { createNormaliser, type NormalisedFile } from './normalise'
import { detectPatentList } from '../patents/patentHeader'
import { importPatentList } from '../patents/patentImport'
import type { PatentListMapping } from '../patents/records'

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
  // A patent list is read whole once its rows are in: its export date may be its latest date.
  let patentList: PatentListMapping | undefined

  const start = () => {
    if (!chosen && ctx.patents) patentList = ctx.patents.mapping ?? detectPatentList(sample)
    if (patentList) return
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
        if (normaliser) normaliser.push(row, total)
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
      if (!normaliser && !patentList) start()
      if (patentList && ctx.patents)
        return importPatentList(sample, patentList, {
          ...ctx.patents,
          file: ctx.fileName,
          home: ctx.homeRegion,
          catalogue: ctx.catalogue,
        })
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
