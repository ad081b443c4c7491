import type { Catalogue } from '../catalogue'

/** What an import knows besides the file's rows. */
export interface ImportContext {
  /** The names regions and indicators are matched against. */
  readonly catalogue: Catalogue
  /** The region of a file that names none. */
  readonly homeRegion: string
  /** Titles are often only in the file name: "2023年8月专利授权.csv". */
  readonly fileName: string
}
