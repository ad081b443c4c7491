/** How a published version differs from the one it was based on. */
export interface VersionCounts {
  /** Figures the version has that its base lacked. */
  readonly added: number
  /** Figures whose value, unit, source or note differ from the base. */
  readonly changed: number
  readonly unchanged: number
  /** Figures of the base the version lacks (only a rollback removes figures). */
  readonly removed: number
  /** Figures in the version. */
  readonly observations: number
}

/** One published version, as the server keeps it and lists it to the app. */
export interface VersionInfo {
  readonly version: number
  /** When it was made (ISO 8601). */
  readonly at: string
  /** The account that made it; null for the snapshot of data/ taken on first start. */
  readonly by: string | null
  readonly action: 'initial' | 'publish' | 'rollback'
  /** The import's name, or what the version is. */
  readonly name: string
  readonly baseVersion: number | null
  /** For a rollback, the earlier version whose content it restores. */
  readonly rollbackOf: number | null
  readonly counts: VersionCounts
}
