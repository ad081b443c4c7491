import type { Catalogue } from '../catalogue'
import type { PatentImportOptions } from '../patents/patentImport'
import type { PatentListMapping } from '../patents/records'

/** What an import knows besides the file's rows. */
export interface ImportContext {
  /** The names regions and indicators are matched against. */
  readonly catalogue: Catalogue
  /** The region of a file that names none. */
  readonly homeRegion: string
  /** Titles are often only in the file name: "2023年8月专利授权.csv". */
  readonly fileName: string
  /** Given, a patent list is recognised and read into figures (in the import worker only). */
  readonly patents?: Pick<
    PatentImportOptions,
    'lookup' | 'published' | 'exported' | 'statusWords' | 'applicantTypes'
  > & {
    /** The analyst's reading of the list's columns, instead of the one recognised. */
    readonly mapping?: PatentListMapping
  }
}
