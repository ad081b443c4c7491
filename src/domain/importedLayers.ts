import type { Bulletin } from './bulletin/bulletin'
import { withAddedBulletins } from './bulletin/addedBulletins'
import type { Catalogue, Indicator, Region } from './catalogue'
import { columnsLayer, type ObservationColumns } from './columns'
import { arrayLayer, Dataset } from './dataset'

/** What an analyst's import lays over the published set. */
export interface ImportedLayer {
  readonly columns: ObservationColumns
  /** Indicators and regions the analyst added for it. */
  readonly indicators: readonly Indicator[]
  readonly regions: readonly Region[]
  /** A bulletin issue added with it, in the project's bulletin format (its figures are `columns`). */
  readonly bulletin?: string
}

/** The published catalogue with the indicators and regions the analyst added. */
export function catalogueWithImports(base: Catalogue, imports: readonly ImportedLayer[]): Catalogue {
  if (imports.length === 0) return base
  return base.extendedWith(
    imports.flatMap((r) => r.indicators),
    imports.flatMap((r) => r.regions),
  )
}

/** The published bulletins with those added with imports, an issue added again replacing its copy. */
export function bulletinsWithImports(
  base: readonly Bulletin[],
  imports: readonly ImportedLayer[],
): readonly Bulletin[] {
  return withAddedBulletins(
    base,
    imports.flatMap((r) => (r.bulletin ? [r.bulletin] : [])),
  )
}

/** The published figures with each import's laid over them, a later one winning; `pause` yields between batches. */
export async function datasetWithImports(
  base: Dataset,
  imports: readonly ImportedLayer[],
  catalogue: Catalogue,
  pause: () => Promise<void>,
): Promise<Dataset> {
  if (imports.length === 0) return base
  return Dataset.layered(
    [arrayLayer(base.observations), ...imports.map((r) => columnsLayer(r.columns))],
    catalogue,
    pause,
  )
}
