import type { Indicator, Region } from '@/domain/catalogue'
import type { ObservationColumns } from '@/domain/columns'
import type { Diff } from '@/domain/import/diff'
import type { Mapping } from '@/domain/import/mapping'
import type { ApplicantType } from '@/domain/patents/applicant'
import type { PatentListMapping, PatentState } from '@/domain/patents/records'
import type { ReadResult } from './readFile'
import type { SheetRead, SheetTable, WorkbookResult } from '../workbook/readWorkbook'
import type { PackedColumns } from './packedColumns'

/** What the import worker needs to know besides the file: the catalogue and the current figures. */
export interface ImportSetting {
  readonly indicators: readonly Indicator[]
  readonly regions: readonly Region[]
  readonly homeRegion: string
  /** The figures currently shown, as layers (published, then each import), to say what an import would change. */
  readonly current: readonly ObservationColumns[]
}

/** One file to read in the import worker. */
export interface ImportRequest {
  readonly file: File
  readonly setting: ImportSetting
  readonly mapping?: Mapping
  /** For a workbook: read this sheet only. */
  readonly sheet?: string
  /** For a patent list: the export date the analyst confirmed (yyyymmdd). */
  readonly exported?: number
  readonly patents?: PatentChoices
}

/** What the analyst said about patent lists: of this list (its columns), and kept in this browser for all. */
export interface PatentChoices {
  readonly mapping?: PatentListMapping
  readonly statusWords: Readonly<Record<string, PatentState>>
  readonly applicantTypes: Readonly<Record<string, ApplicantType>>
  /** The place lookup as the analyst edited it (data/places.csv's format); '' for the office's own. */
  readonly places: string
}

interface Checked {
  readonly diff: Diff
  /** The figures already packed for IndexedDB, made in the worker so the page never copies them. */
  readonly packed: PackedColumns
  /** Figures "import only the rows without errors" would add, counted in the worker. */
  readonly validFigures: number
  readonly rowsWithErrors: Uint32Array
}

/** What reading one file, or one sheet of a workbook, gives. */
export type ImportOutcome =
  | ((Omit<Extract<ReadResult, { ok: true }>, 'rowsWithErrors'> | Omit<SheetTable, 'rowsWithErrors'>) & Checked)
  | Exclude<ReadResult, { ok: true }>
  | Exclude<WorkbookResult, { ok: true }>
  | Exclude<SheetRead, { ok: true }>

/** A file read gives one outcome; a workbook read whole gives one per sheet, in the workbook's order. */
export type ReadDone = { readonly outcome: ImportOutcome } | { readonly sheets: readonly ImportOutcome[] }
